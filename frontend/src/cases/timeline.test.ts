import { describe, expect, it } from 'vitest'
import { decisionLabel, decisionTone, describeDetail } from './timeline'

describe('describeDetail', () => {
  it('shows nothing for no detail', () => {
    expect(describeDetail(null)).toEqual([])
    expect(describeDetail(undefined)).toEqual([])
    expect(describeDetail({})).toEqual([])
  })

  it('orders the survey fields and keeps lists as lists', () => {
    expect(
      describeDetail({
        findings: '家中无值钱物品',
        visitDate: '2026-11-21',
        investigators: ['王东河', '李四'],
      }),
    ).toEqual([
      { key: 'investigators', format: 'list', value: ['王东河', '李四'] },
      { key: 'visitDate', format: 'date', value: '2026-11-21' },
      { key: 'findings', format: 'text', value: '家中无值钱物品' },
    ])
  })

  it('joins a notice period and names the notice kind', () => {
    expect(
      describeDetail({ noticeId: 2, kind: 'APPLICATION', from: '2026-11-22', to: '2026-11-28' }),
    ).toEqual([
      { key: 'kind', format: 'noticeKind', value: 'APPLICATION' },
      { key: 'period', format: 'period', value: { from: '2026-11-22', to: '2026-11-28' } },
    ])
    expect(describeDetail({ kind: 'APPROVAL', from: '2026-12-01', to: null })[1]).toEqual({
      key: 'period',
      format: 'period',
      value: { from: '2026-12-01', to: null },
    })
  })

  it('keeps the review verdicts, amounts and documents apart', () => {
    const lines = describeDetail({
      documentId: 7,
      monthlyAmount: '865.00',
      items: [
        { item: 'MEMBERS', verdict: 'TRUE', reason: null },
        { item: 'INCOME', verdict: 'FALSE', reason: '隐瞒收入' },
      ],
      attendees: 9,
    })
    expect(lines.map((l) => [l.key, l.format])).toEqual([
      ['attendees', 'text'],
      ['items', 'verdicts'],
      ['monthlyAmount', 'money'],
      ['documentId', 'document'],
    ])
  })

  it('shows unknown fields last, objects as JSON, and drops empty values', () => {
    expect(describeDetail({ extra: { a: 1 }, findings: '', missingItems: [], note: 'x' })).toEqual([
      { key: 'extra', format: 'text', value: '{"a":1}' },
      { key: 'note', format: 'text', value: 'x' },
    ])
  })
})

describe('decisionLabel', () => {
  const messages: Record<string, string> = {
    'tasks.decisionOf.countyApproval.approve': '批准',
    'tasks.decision.approve': '同意',
    'tasks.decision.pass': '通过',
    'enums.documentKind.REFUSAL_NOTICE': '不予批准告知书',
  }
  const t = (key: string) => messages[key] ?? key
  const te = (key: string) => key in messages

  it('prefers the word of the step, then the general one, then the raw value', () => {
    expect(decisionLabel('countyApproval', 'approve', t, te)).toBe('批准')
    expect(decisionLabel('townshipAudit', 'approve', t, te)).toBe('同意')
    expect(decisionLabel(null, 'pass', t, te)).toBe('通过')
    expect(decisionLabel(null, 'REFUSAL_NOTICE', t, te)).toBe('不予批准告知书')
    expect(decisionLabel('customStep', 'escalate', t, te)).toBe('escalate')
  })

  it('colours closing decisions red and returns amber', () => {
    expect(decisionTone('reject')).toBe('danger')
    expect(decisionTone('return')).toBe('warning')
    expect(decisionTone('approve')).toBe('success')
    expect(decisionTone('escalate')).toBe('info')
  })
})

describe('burden-of-proof timeline details', () => {
  it('shows a change of the allowance with its month, not as a notice period', () => {
    expect(describeDetail({ from: '2026-12', amount: '0.00', reason: 'STOP' })).toEqual([
      { key: 'from', format: 'text', value: '2026-12' },
      { key: 'amount', format: 'money', value: '0.00' },
      { key: 'reason', format: 'label', value: 'STOP', prefix: 'households.reason' },
    ])
    expect(describeDetail({ warningsRaised: 2 })).toEqual([
      { key: 'warningsRaised', format: 'text', value: '2' },
    ])
  })
})

describe('re-check timeline details', () => {
  it('shows the decision as coded words in a sensible order, the amounts as money', () => {
    expect(
      describeDetail({
        outcome: 'STOP',
        exitReason: 'MOVED_AWAY',
        newAmount: '0.00',
        previousAmount: '520.00',
      }),
    ).toEqual([
      { key: 'outcome', format: 'label', value: 'STOP', prefix: 'enums.recheckOutcome' },
      { key: 'exitReason', format: 'label', value: 'MOVED_AWAY', prefix: 'enums.exitReason' },
      { key: 'previousAmount', format: 'money', value: '520.00' },
      { key: 'newAmount', format: 'money', value: '0.00' },
    ])
  })

  it('shows what started the re-check and the months of a gradual exit', () => {
    expect(describeDetail({ trigger: 'OFFICER' })).toEqual([
      { key: 'trigger', format: 'label', value: 'OFFICER', prefix: 'enums.recheckTrigger' },
    ])
    expect(describeDetail({ from: '2027-01', until: '2027-06', months: 6 })).toEqual([
      { key: 'from', format: 'text', value: '2027-01' },
      { key: 'until', format: 'text', value: '2027-06' },
      { key: 'months', format: 'text', value: '6' },
    ])
  })
})
