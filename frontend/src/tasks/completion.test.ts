import { describe, expect, it } from 'vitest'
import { emptyHousehold } from '@/household/draft'
import { unplacedErrors } from '@/composables/fieldErrors'
import {
  completionFor,
  emptyTaskDraft,
  formOf,
  isKnownStep,
  orderDecisions,
  reviewOutcome,
  TASK_FIELDS,
  taskErrors,
  type TaskDraft,
} from './completion'

const t = (key: string) => key
const today = new Date(2026, 10, 22)

function draft(patch: Partial<TaskDraft>): TaskDraft {
  return { ...emptyTaskDraft(), ...patch }
}

describe('re-check steps', () => {
  it('declares the household as a supplement does and surveys as an application survey', () => {
    const household = emptyHousehold('511999101001')
    expect(formOf('declare')).toBe('supplement')
    expect(formOf('recheckSurvey')).toBe('survey')
    expect(formOf('recheckDecision')).toBe('recheckDecision')
    expect(completionFor('declare', draft({ decision: 'submit', household })).household).toMatchObject({
      regionCode: '511999101001',
    })
    const visit = draft({ decision: 'pass', investigators: ['王东河', ' '], visitDate: '2026-11-21' })
    expect(completionFor('recheckSurvey', visit)).toEqual(completionFor('survey', visit))
    expect(taskErrors('recheckSurvey', draft({ decision: 'pass', visitDate: '' }), [], t)).toEqual({
      investigators: 'tasks.validation.investigators',
      visitDate: 'tasks.validation.date',
      findings: 'tasks.validation.findings',
    })
    for (const key of ['declare', 'recheckSurvey', 'recheckDecision', 'recheckConfirm']) {
      expect(isKnownStep(key)).toBe(true)
    }
  })

  it('sends a typed new amount of an increase or reduction with two places, none when left to the rules', () => {
    expect(completionFor('recheckDecision', draft({ decision: 'reduce', newAmount: '300' }))).toEqual({
      decision: 'reduce',
      newAmount: '300.00',
    })
    expect(completionFor('recheckDecision', draft({ decision: 'increase' }))).toEqual({
      decision: 'increase',
    })
    expect(
      completionFor(
        'recheckDecision',
        draft({ decision: 'continue', newAmount: '300', exitReason: 'FRAUD' }),
      ),
    ).toEqual({ decision: 'continue' })
  })

  it('sends the exit reason of a stop, and a gradual exit only for income above the line', () => {
    expect(
      completionFor(
        'recheckDecision',
        draft({ decision: 'stop', exitReason: 'INCOME_ABOVE_LINE', gradualExit: true, newAmount: '1' }),
      ),
    ).toEqual({ decision: 'stop', exitReason: 'INCOME_ABOVE_LINE', gradualExit: true })
    expect(
      completionFor('recheckDecision', draft({ decision: 'stop', exitReason: 'FRAUD', gradualExit: true })),
    ).toEqual({ decision: 'stop', exitReason: 'FRAUD' })
  })

  it('asks for the exit reason of a stop and checks a typed amount against the current one', () => {
    expect(taskErrors('recheckDecision', draft({ decision: 'stop' }), [], t)).toEqual({
      exitReason: 'tasks.validation.exitReason',
    })
    const reduce = draft({ decision: 'reduce' })
    expect(taskErrors('recheckDecision', reduce, [], t, today, '520.00')).toEqual({})
    expect(taskErrors('recheckDecision', { ...reduce, newAmount: '520' }, [], t, today, '520.00')).toEqual({
      newAmount: 'tasks.validation.notLower',
    })
    expect(taskErrors('recheckDecision', { ...reduce, newAmount: '0' }, [], t, today, '520.00')).toEqual({
      newAmount: 'tasks.validation.positive',
    })
    expect(taskErrors('recheckDecision', { ...reduce, newAmount: 'abc' }, [], t, today, '520.00')).toEqual({
      newAmount: 'household.error.money',
    })
    const increase = draft({ decision: 'increase', newAmount: '500' })
    expect(taskErrors('recheckDecision', increase, [], t, today, '520.00')).toEqual({
      newAmount: 'tasks.validation.notHigher',
    })
    expect(taskErrors('recheckDecision', { ...increase, newAmount: '600' }, [], t, today, '520.00')).toEqual(
      {},
    )
    expect(taskErrors('recheckDecision', draft({ decision: 'continue' }), [], t)).toEqual({})
  })

  it('asks the county for an opinion to return a decision', () => {
    expect(taskErrors('recheckConfirm', draft({ decision: 'return' }), ['return'], t)).toEqual({
      opinion: 'tasks.validation.opinion',
    })
    expect(completionFor('recheckConfirm', draft({ decision: 'approve' }))).toEqual({ decision: 'approve' })
  })

  it('lists the decisions of a re-check with continuing first', () => {
    expect(orderDecisions(['stop', 'reduce', 'continue', 'increase'])).toEqual([
      'continue',
      'increase',
      'reduce',
      'stop',
    ])
    expect(unplacedErrors({ exitReason: 'x', gradualExit: 'y' }, TASK_FIELDS)).toEqual({})
  })
})

describe('completionFor', () => {
  it('lists the missing items of an incomplete application, one a line', () => {
    expect(
      completionFor(
        'accept',
        draft({ decision: 'incomplete', missingItems: '户口簿复印件\n\n 收入证明 ', opinion: ' ' }),
      ),
    ).toEqual({ decision: 'incomplete', missingItems: ['户口簿复印件', '收入证明'] })
    expect(completionFor('accept', draft({ decision: 'accept', missingItems: 'x' }))).toEqual({
      decision: 'accept',
    })
  })

  it('sends the survey with named investigators only', () => {
    expect(
      completionFor(
        'survey',
        draft({
          decision: 'pass',
          investigators: ['王东河', ' ', '李四 '],
          visitDate: '2026-11-21',
          findings: ' 属实 ',
        }),
      ),
    ).toEqual({
      decision: 'pass',
      investigators: ['王东河', '李四'],
      visitDate: '2026-11-21',
      findings: '属实',
    })
  })

  it('sends no decision for the review, whose outcome the server derives', () => {
    const body = completionFor(
      'review',
      draft({
        decision: 'pass',
        meetingDate: '2026-11-22',
        attendees: 9,
        residentRepresentatives: 7,
        items: [
          { item: 'MEMBERS', verdict: 'TRUE', reason: '' },
          { item: 'INCOME', verdict: 'FALSE', reason: '隐瞒工资' },
        ],
      }),
    )
    expect(body).not.toHaveProperty('decision')
    expect(body.items).toEqual([
      { item: 'MEMBERS', verdict: 'TRUE', reason: null },
      { item: 'INCOME', verdict: 'FALSE', reason: '隐瞒工资' },
    ])
  })

  it('sends a proposed amount only when one is typed, with two places', () => {
    expect(completionFor('townshipAudit', draft({ decision: 'approve' }))).toEqual({ decision: 'approve' })
    expect(completionFor('townshipAudit', draft({ decision: 'approve', proposedAmount: '800' }))).toEqual({
      decision: 'approve',
      proposedAmount: '800.00',
    })
  })

  it('sends the whole household for a supplement and just decision and opinion for other steps', () => {
    const household = { ...emptyHousehold('511999101001'), address: ' 东河村 ' }
    expect(completionFor('supplement', draft({ decision: 'resubmit', household })).household).toMatchObject({
      address: '东河村',
    })
    expect(completionFor('escalate', draft({ decision: 'ok', opinion: '同意' }))).toEqual({
      decision: 'ok',
      opinion: '同意',
    })
  })
})

describe('taskErrors', () => {
  it('asks for a decision and an opinion where the step needs one', () => {
    expect(taskErrors('countyApproval', draft({}), ['reject'], t)).toEqual({
      decision: 'tasks.validation.decision',
    })
    expect(taskErrors('countyApproval', draft({ decision: 'reject' }), ['reject', 'return'], t)).toEqual({
      opinion: 'tasks.validation.opinion',
    })
    expect(taskErrors('countyApproval', draft({ decision: 'approve' }), ['reject'], t)).toEqual({})
  })

  it('checks the survey and the list of missing items', () => {
    expect(taskErrors('survey', draft({ decision: 'pass', investigators: ['王', ''] }), [], t)).toEqual({
      investigators: 'tasks.validation.investigators',
      visitDate: 'tasks.validation.date',
      findings: 'tasks.validation.findings',
    })
    expect(taskErrors('accept', draft({ decision: 'incomplete', missingItems: ' \n ' }), [], t)).toEqual({
      missingItems: 'tasks.validation.missingItems',
    })
  })

  it('checks the review: two thirds residents, every verdict, reasons for false items', () => {
    const errors = taskErrors(
      'review',
      draft({
        meetingDate: '2026-11-22',
        attendees: 9,
        residentRepresentatives: 5,
        items: [
          { item: 'MEMBERS', verdict: 'TRUE', reason: '' },
          { item: 'INCOME', verdict: 'FALSE', reason: '' },
          { item: 'ASSETS', verdict: '', reason: '' },
          { item: 'SUPPORTERS', verdict: 'TRUE', reason: '' },
        ],
      }),
      [],
      t,
    )
    expect(errors).toEqual({
      residentRepresentatives: 'tasks.hint.residents',
      'items[1].reason': 'tasks.validation.reason',
      'items[2].verdict': 'tasks.validation.verdict',
    })
    expect(unplacedErrors(errors, TASK_FIELDS)).toEqual({})
  })

  it('checks the supplement household under its prefix', () => {
    const errors = taskErrors(
      'supplement',
      draft({ decision: 'resubmit', household: emptyHousehold('') }),
      [],
      t,
      today,
    )
    expect(errors['household.address']).toBe('household.error.address')
    expect(errors['household.members[0].idNumber']).toBe('household.idNumber.empty')
    expect(unplacedErrors(errors, TASK_FIELDS)).toEqual({})
  })
})

describe('decisions', () => {
  it('orders the positive decision first and unknown ones last', () => {
    expect(orderDecisions(['return', 'fail', 'pass'])).toEqual(['pass', 'fail', 'return'])
    expect(orderDecisions(['incomplete', 'accept'])).toEqual(['accept', 'incomplete'])
    expect(orderDecisions(['zeta', 'reject', 'alpha'])).toEqual(['reject', 'alpha', 'zeta'])
  })

  it('derives the review outcome and knows its steps', () => {
    expect(reviewOutcome(emptyTaskDraft().items)).toBe('pass')
    expect(reviewOutcome([{ item: 'ASSETS', verdict: 'FALSE', reason: 'x' }])).toBe('veto')
    expect(isKnownStep('townshipAudit')).toBe(true)
    expect(isKnownStep('escalate')).toBe(false)
  })
})

describe('burden of proof', () => {
  it('sends the evidence and its date', () => {
    const draft = {
      ...emptyTaskDraft(),
      decision: 'submitted',
      evidence: ' 车辆已于去年转让 ',
      receivedDate: '2026-11-20',
    }
    expect(completionFor('submitEvidence', draft)).toEqual({
      decision: 'submitted',
      evidence: '车辆已于去年转让',
      receivedDate: '2026-11-20',
    })
  })

  it('checks the evidence: text required, no future date', () => {
    const draft = { ...emptyTaskDraft(), decision: 'submitted', receivedDate: '2026-11-23' }
    expect(taskErrors('submitEvidence', draft, [], t, today)).toEqual({
      evidence: 'tasks.validation.evidence',
      receivedDate: 'tasks.validation.futureDate',
    })
  })

  it('sends the consequence of a rejection only', () => {
    const accepted = { ...emptyTaskDraft(), decision: 'accept', action: 'STOP' as const }
    expect(completionFor('decideEvidence', accepted)).toEqual({ decision: 'accept' })
    const stop = { ...emptyTaskDraft(), decision: 'reject', opinion: '车辆未转让', action: 'STOP' as const }
    expect(completionFor('decideEvidence', stop)).toEqual({
      decision: 'reject',
      opinion: '车辆未转让',
      action: 'STOP',
    })
    const reduce = {
      ...emptyTaskDraft(),
      decision: 'reject',
      action: 'REDUCE' as const,
      newAmount: '300',
      overpaidSince: '2026-09',
    }
    expect(completionFor('decideEvidence', reduce)).toMatchObject({
      action: 'REDUCE',
      newAmount: '300.00',
      overpaidSince: '2026-09',
    })
  })

  it('checks a rejection: action, a lower amount for a reduction, no future month', () => {
    const base = { ...emptyTaskDraft(), decision: 'reject', opinion: '不予采信' }
    expect(taskErrors('decideEvidence', base, ['reject'], t, today)).toEqual({
      action: 'tasks.validation.action',
    })
    const reduce = { ...base, action: 'REDUCE' as const, newAmount: '865.00', overpaidSince: '2026-12' }
    expect(taskErrors('decideEvidence', reduce, ['reject'], t, today, '865.00')).toEqual({
      newAmount: 'tasks.validation.notLower',
      overpaidSince: 'tasks.validation.futureMonth',
    })
    expect(
      taskErrors('decideEvidence', { ...reduce, newAmount: '', overpaidSince: '2026-11' }, [], t, today),
    ).toEqual({
      newAmount: 'tasks.validation.newAmount',
    })
    expect(taskErrors('decideEvidence', { ...base, decision: 'accept' }, ['reject'], t, today)).toEqual({})
    expect(isKnownStep('decideEvidence')).toBe(true)
    expect(orderDecisions(['reject', 'accept'])).toEqual(['accept', 'reject'])
  })
})

describe('complaint steps', () => {
  it('sends the findings of an investigation and the text of a reply', () => {
    const investigation = { ...emptyTaskDraft(), decision: 'founded', findings: ' 属实 ' }
    expect(completionFor('investigate', investigation)).toEqual({ decision: 'founded', findings: '属实' })
    const reply = { ...emptyTaskDraft(), decision: 'reply', replyText: ' 已整改 ' }
    expect(completionFor('reply', reply)).toEqual({ decision: 'reply', replyText: '已整改' })
  })

  it('asks for findings and for the reply before sending', () => {
    expect(taskErrors('investigate', { ...emptyTaskDraft(), decision: 'founded' }, [], t)).toEqual({
      findings: 'tasks.validation.findings',
    })
    expect(taskErrors('reply', { ...emptyTaskDraft(), decision: 'reply' }, [], t)).toEqual({
      replyText: 'tasks.validation.replyText',
    })
  })
})
