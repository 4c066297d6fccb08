import type { HouseholdInput } from '@/api/types'
import type { TaskCompletion } from '@/api/tasks'
import type { ExitReason } from '@/api/rechecks'
import {
  householdErrors,
  HOUSEHOLD_FIELDS,
  isMoney,
  normalizeMoney,
  toHouseholdInput,
} from '@/household/draft'

export const REVIEW_ITEMS = ['MEMBERS', 'INCOME', 'ASSETS', 'SUPPORTERS'] as const
export type ReviewItem = (typeof REVIEW_ITEMS)[number]

export interface ReviewLine {
  item: ReviewItem
  verdict: 'TRUE' | 'FALSE' | ''
  reason: string
}

/** Everything the task page can ask for; each step uses its own part. */
export interface TaskDraft {
  decision: string
  opinion: string
  /** One missing item a line. */
  missingItems: string
  investigators: string[]
  visitDate: string
  findings: string
  meetingDate: string
  attendees: number | null
  residentRepresentatives: number | null
  items: ReviewLine[]
  proposedAmount: string
  household: HouseholdInput | null
  /** Burden of proof: what the household brought, and when (submitEvidence). */
  evidence: string
  receivedDate: string
  /** Burden of proof: the consequence of rejected evidence (decideEvidence). */
  action: ProofAction | ''
  newAmount: string
  overpaidSince: string
  /** Complaint: the answer to the complainant (reply). */
  replyText: string
  /** Re-check: why the allowance stops (recheckDecision, decision stop). */
  exitReason: ExitReason | ''
  /** Re-check: a stop for income above the line paid on for the grace months. */
  gradualExit: boolean
}

export const PROOF_ACTIONS = ['STOP', 'REDUCE'] as const
export type ProofAction = (typeof PROOF_ACTIONS)[number]

/**
 * The steps of processes dibao-application and burden-of-proof the page knows; any other key gets
 * the generic form.
 */
export const KNOWN_STEPS = [
  'accept',
  'supplement',
  'survey',
  'handleObjection',
  'review',
  'townshipAudit',
  'countyVisit',
  'countyApproval',
  'submitEvidence',
  'decideEvidence',
  'investigate',
  'countyReview',
  'reply',
  'declare',
  'recheckSurvey',
  'recheckDecision',
  'recheckConfirm',
] as const

export function isKnownStep(taskKey: string): boolean {
  return (KNOWN_STEPS as readonly string[]).includes(taskKey)
}

/**
 * The form a step fills in: a re-check's declaration edits the household as a supplement does,
 * its survey is an application's survey; every other step has its own.
 */
export function formOf(taskKey: string): string {
  switch (taskKey) {
    case 'declare':
      return 'supplement'
    case 'recheckSurvey':
      return 'survey'
    default:
      return taskKey
  }
}

/** The only exit reason that may be a gradual exit (渐退): income from work above the line. */
export const GRADUAL_EXIT_REASON: ExitReason = 'INCOME_ABOVE_LINE'

export function emptyTaskDraft(): TaskDraft {
  return {
    decision: '',
    opinion: '',
    missingItems: '',
    investigators: ['', ''],
    visitDate: '',
    findings: '',
    meetingDate: '',
    attendees: null,
    residentRepresentatives: null,
    items: REVIEW_ITEMS.map((item) => ({ item, verdict: '', reason: '' })),
    proposedAmount: '',
    household: null,
    evidence: '',
    receivedDate: '',
    action: '',
    newAmount: '',
    overpaidSince: '',
    replyText: '',
    exitReason: '',
    gradualExit: false,
  }
}

const DECISION_ORDER = [
  'submitted',
  'accept',
  'resubmit',
  'pass',
  'approve',
  'submit',
  'continue',
  'increase',
  'reduce',
  'stop',
  'unfounded',
  'founded',
  'incomplete',
  'fail',
  'reject',
  'return',
]

/** The server lists a step's decisions in no set order; the page shows the positive one first. */
export function orderDecisions(decisions: readonly string[]): string[] {
  const rank = (decision: string) => {
    const index = DECISION_ORDER.indexOf(decision)
    return index === -1 ? DECISION_ORDER.length : index
  }
  return [...decisions].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

/** Whether the step's decision is derived by the server rather than chosen on the page. */
export function decisionIsDerived(taskKey: string): boolean {
  return taskKey === 'review'
}

/** The review's outcome as the server will derive it: one item found false vetoes. */
export function reviewOutcome(items: readonly ReviewLine[]): 'pass' | 'veto' {
  return items.some((line) => line.verdict === 'FALSE') ? 'veto' : 'pass'
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** The body of POST /api/tasks/{id}/complete for a step. */
export function completionFor(taskKey: string, draft: TaskDraft): TaskCompletion {
  const body: TaskCompletion = {}
  if (!decisionIsDerived(taskKey)) body.decision = draft.decision.trim()
  if (draft.opinion.trim()) body.opinion = draft.opinion.trim()
  switch (formOf(taskKey)) {
    case 'accept':
      if (draft.decision === 'incomplete') body.missingItems = lines(draft.missingItems)
      break
    case 'supplement':
      body.household = draft.household ? toHouseholdInput(draft.household) : null
      break
    case 'survey':
      body.investigators = draft.investigators.map((name) => name.trim()).filter((name) => name !== '')
      body.visitDate = draft.visitDate
      body.findings = draft.findings.trim()
      break
    case 'handleObjection':
    case 'investigate':
      body.findings = draft.findings.trim()
      break
    case 'reply':
      body.replyText = draft.replyText.trim()
      break
    case 'review':
      body.meetingDate = draft.meetingDate
      body.attendees = draft.attendees
      body.residentRepresentatives = draft.residentRepresentatives
      body.items = draft.items.map((line) => ({
        item: line.item,
        verdict: line.verdict,
        reason: line.reason.trim() || null,
      }))
      break
    case 'townshipAudit':
      if (draft.proposedAmount.trim()) body.proposedAmount = normalizeMoney(draft.proposedAmount)
      break
    case 'countyVisit':
      body.visitDate = draft.visitDate
      body.findings = draft.findings.trim()
      break
    case 'submitEvidence':
      body.evidence = draft.evidence.trim()
      body.receivedDate = draft.receivedDate
      break
    case 'decideEvidence':
      if (draft.decision === 'reject') {
        body.action = draft.action
        if (draft.action === 'REDUCE') body.newAmount = normalizeMoney(draft.newAmount)
        if (draft.overpaidSince) body.overpaidSince = draft.overpaidSince
      }
      break
    case 'recheckDecision':
      if ((draft.decision === 'increase' || draft.decision === 'reduce') && draft.newAmount.trim()) {
        body.newAmount = normalizeMoney(draft.newAmount)
      }
      if (draft.decision === 'stop') {
        body.exitReason = draft.exitReason
        if (draft.exitReason === GRADUAL_EXIT_REASON && draft.gradualExit) body.gradualExit = true
      }
      break
  }
  return body
}

type Translate = (key: string, named?: Record<string, unknown>) => string

/**
 * What the page checks before sending, keyed like the server's field errors. The server checks
 * again; its answer is shown the same way.
 */
export function taskErrors(
  taskKey: string,
  draft: TaskDraft,
  opinionRequiredFor: readonly string[],
  t: Translate,
  today: Date = new Date(),
  currentAmount: string | null = null,
): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!decisionIsDerived(taskKey) && !draft.decision.trim()) errors.decision = t('tasks.validation.decision')
  if (opinionRequiredFor.includes(draft.decision) && !draft.opinion.trim()) {
    errors.opinion = t('tasks.validation.opinion')
  }
  const needVisit = () => {
    if (!draft.visitDate) errors.visitDate = t('tasks.validation.date')
    if (!draft.findings.trim()) errors.findings = t('tasks.validation.findings')
  }
  switch (formOf(taskKey)) {
    case 'accept':
      if (draft.decision === 'incomplete' && lines(draft.missingItems).length === 0) {
        errors.missingItems = t('tasks.validation.missingItems')
      }
      break
    case 'supplement':
      if (draft.household) {
        for (const [field, message] of Object.entries(householdErrors(draft.household, t, today))) {
          errors[`household.${field}`] = message
        }
      }
      break
    case 'survey':
      if (draft.investigators.filter((name) => name.trim()).length < 2) {
        errors.investigators = t('tasks.validation.investigators')
      }
      needVisit()
      break
    case 'handleObjection':
    case 'investigate':
      if (!draft.findings.trim()) errors.findings = t('tasks.validation.findings')
      break
    case 'reply':
      if (!draft.replyText.trim()) errors.replyText = t('tasks.validation.replyText')
      break
    case 'countyVisit':
      needVisit()
      break
    case 'review':
      if (!draft.meetingDate) errors.meetingDate = t('tasks.validation.date')
      if (!draft.attendees) errors.attendees = t('tasks.validation.count')
      if (draft.residentRepresentatives === null) errors.residentRepresentatives = t('tasks.validation.count')
      else if (draft.attendees && draft.residentRepresentatives * 3 < draft.attendees * 2) {
        errors.residentRepresentatives = t('tasks.hint.residents')
      }
      draft.items.forEach((line, i) => {
        if (!line.verdict) errors[`items[${i}].verdict`] = t('tasks.validation.verdict')
        if (line.verdict === 'FALSE' && !line.reason.trim())
          errors[`items[${i}].reason`] = t('tasks.validation.reason')
      })
      break
    case 'townshipAudit':
      if (draft.proposedAmount.trim() && !isMoney(normalizeMoney(draft.proposedAmount))) {
        errors.proposedAmount = t('household.error.money')
      }
      break
    case 'submitEvidence':
      if (!draft.evidence.trim()) errors.evidence = t('tasks.validation.evidence')
      if (!draft.receivedDate) errors.receivedDate = t('tasks.validation.date')
      else if (draft.receivedDate > isoDate(today)) errors.receivedDate = t('tasks.validation.futureDate')
      break
    case 'decideEvidence':
      if (draft.decision !== 'reject') break
      if (!draft.action) errors.action = t('tasks.validation.action')
      if (draft.action === 'REDUCE') {
        const amount = normalizeMoney(draft.newAmount)
        if (!amount) errors.newAmount = t('tasks.validation.newAmount')
        else if (!isMoney(amount)) errors.newAmount = t('household.error.money')
        else if (currentAmount && Number(amount) >= Number(currentAmount)) {
          errors.newAmount = t('tasks.validation.notLower', { amount: currentAmount })
        }
      }
      if (draft.overpaidSince && draft.overpaidSince > isoDate(today).slice(0, 7)) {
        errors.overpaidSince = t('tasks.validation.futureMonth')
      }
      break
    case 'recheckDecision':
      if (draft.decision === 'stop' && !draft.exitReason) errors.exitReason = t('tasks.validation.exitReason')
      if (draft.decision === 'increase' || draft.decision === 'reduce') {
        const error = changedAmountError(draft.decision, draft.newAmount, currentAmount, t)
        if (error) errors.newAmount = error
      }
      break
  }
  return errors
}

/**
 * A re-check's new amount: none typed leaves it to the rules (the server assesses the household as
 * now declared); a typed one must be money, above the current amount for an increase, below it
 * (and above zero) for a reduction.
 */
function changedAmountError(
  decision: 'increase' | 'reduce',
  typed: string,
  currentAmount: string | null,
  t: Translate,
): string {
  const amount = normalizeMoney(typed)
  if (!amount) return ''
  if (!isMoney(amount)) return t('household.error.money')
  if (decision === 'reduce' && Number(amount) <= 0) return t('tasks.validation.positive')
  if (!currentAmount) return ''
  if (decision === 'reduce' && Number(amount) >= Number(currentAmount)) {
    return t('tasks.validation.notLower', { amount: currentAmount })
  }
  if (decision === 'increase' && Number(amount) <= Number(currentAmount)) {
    return t('tasks.validation.notHigher', { amount: currentAmount })
  }
  return ''
}

/** A date as yyyy-MM-dd in the browser's calendar. */
function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The fields the task page shows an error at; others are listed above the form. */
export const TASK_FIELDS: readonly RegExp[] = [
  /^(decision|opinion|missingItems|investigators|visitDate|findings|meetingDate|attendees|residentRepresentatives|items|proposedAmount|household|evidence|receivedDate|action|newAmount|overpaidSince|replyText|exitReason|gradualExit)$/,
  /^investigators\[\d+\]$/,
  /^items\[\d+\]\.(item|verdict|reason)$/,
  ...HOUSEHOLD_FIELDS.map((pattern) => new RegExp(`^household\\.${pattern.source.slice(1)}`)),
]
