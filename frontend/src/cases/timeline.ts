/**
 * Readable lines for the detail of a timeline entry. The server records a step's fields as a
 * JSON object (investigators, visit date, findings, verdicts, amounts, the document it issued,
 * …); the case page shows them as labelled lines, known fields first and in a sensible order,
 * anything else as it came so that nothing recorded is hidden.
 */

export interface ReviewVerdict {
  item: string
  verdict: string
  reason?: string | null
}

export type DetailLine =
  | { key: string; format: 'text'; value: string }
  | { key: string; format: 'list'; value: string[] }
  | { key: string; format: 'money'; value: string }
  | { key: string; format: 'date'; value: string }
  | { key: string; format: 'document'; value: string }
  | { key: string; format: 'noticeKind'; value: string }
  | { key: string; format: 'label'; value: string; prefix: string }
  | { key: string; format: 'period'; value: { from: string; to: string | null } }
  | { key: string; format: 'verdicts'; value: ReviewVerdict[] }

const ORDER = [
  'trigger',
  'members',
  'missingItems',
  'investigators',
  'visitDate',
  'meetingDate',
  'attendees',
  'residentRepresentatives',
  'items',
  'findings',
  'objectionsAnswered',
  'kind',
  'period',
  'noticeId',
  'trackingCode',
  'proposedAmount',
  'computedAmount',
  'monthlyAmount',
  'perCapitaIncome',
  'paymentStartMonth',
  'deliverBy',
  'documentId',
  'warningsRaised',
  'evidence',
  'receivedDate',
  'action',
  'outcome',
  'exitReason',
  'previousAmount',
  'newAmount',
  'overpaidSince',
  'from',
  'amount',
  'reason',
  'since',
  'until',
  'months',
  'status',
  'total',
]

const MONEY_KEYS = [
  'proposedAmount',
  'computedAmount',
  'monthlyAmount',
  'perCapitaIncome',
  'newAmount',
  'previousAmount',
  'amount',
  'total',
]
const DATE_KEYS = ['visitDate', 'meetingDate', 'deliverBy', 'receivedDate']
/** Coded values and where their words are: a re-check's outcome, an exit reason, a history reason. */
const LABEL_PREFIXES: Record<string, string> = {
  trigger: 'enums.recheckTrigger',
  outcome: 'enums.recheckOutcome',
  exitReason: 'enums.exitReason',
  reason: 'households.reason',
  status: 'enums.householdStatus',
}

function text(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

function isVerdict(value: unknown): value is ReviewVerdict {
  return typeof value === 'object' && value !== null && 'item' in value && 'verdict' in value
}

function line(key: string, value: unknown): DetailLine | null {
  if (value === null || value === undefined || value === '') return null
  if (key === 'items' && Array.isArray(value) && value.every(isVerdict)) {
    return { key, format: 'verdicts', value }
  }
  if (Array.isArray(value)) {
    const items = value.map(text).filter((item) => item !== '')
    return items.length === 0 ? null : { key, format: 'list', value: items }
  }
  if (key === 'documentId') return { key, format: 'document', value: text(value) }
  if (key === 'kind') return { key, format: 'noticeKind', value: text(value) }
  if (key in LABEL_PREFIXES) return { key, format: 'label', value: text(value), prefix: LABEL_PREFIXES[key] }
  if (MONEY_KEYS.includes(key)) return { key, format: 'money', value: text(value) }
  if (DATE_KEYS.includes(key)) return { key, format: 'date', value: text(value) }
  return { key, format: 'text', value: text(value) }
}

/** The lines of one entry's detail; an empty list for none. */
export function describeDetail(detail: Record<string, unknown> | null | undefined): DetailLine[] {
  if (!detail || typeof detail !== 'object') return []
  // Internal references (the notice's number) tell a reader nothing; its kind and period do.
  // A notice's period is from and to; a change of the allowance has a from month alone.
  const period = 'from' in detail && 'to' in detail
  const entries: Array<[string, unknown]> = Object.entries(detail).filter(
    ([key]) => (!period || (key !== 'from' && key !== 'to')) && key !== 'noticeId',
  )
  if (period) {
    entries.push(['period', { from: text(detail.from), to: detail.to == null ? null : text(detail.to) }])
  }
  const rank = (key: string) => {
    const index = ORDER.indexOf(key)
    return index === -1 ? ORDER.length : index
  }
  entries.sort(([a], [b]) => rank(a) - rank(b))
  const lines: DetailLine[] = []
  for (const [key, value] of entries) {
    if (key === 'period') {
      lines.push({ key, format: 'period', value: value as { from: string; to: string | null } })
      continue
    }
    const described = line(key, value)
    if (described) lines.push(described)
  }
  return lines
}

type Translate = (key: string) => string
type Exists = (key: string) => boolean

/**
 * The label of a decision: the step's own word where it has one (批准 for the county's approve,
 * 同意 for the township's), the general one otherwise, the raw value for a step a supervisor
 * added to the model.
 */
export function decisionLabel(
  taskKey: string | null | undefined,
  decision: string,
  t: Translate,
  te: Exists,
): string {
  const own = taskKey ? `tasks.decisionOf.${taskKey}.${decision}` : ''
  if (own && te(own)) return t(own)
  const general = `tasks.decision.${decision}`
  if (te(general)) return t(general)
  const documentKind = `enums.documentKind.${decision}`
  if (te(documentKind)) return t(documentKind)
  return decision
}

/** Decisions that close a path (reject, fail, veto, …) get a red tag, returns an amber one. */
export function decisionTone(decision: string): 'success' | 'danger' | 'warning' | 'info' {
  if (['reject', 'fail', 'veto', 'founded', 'incomplete'].includes(decision)) return 'danger'
  if (['return', 'resubmit'].includes(decision)) return 'warning'
  if (['accept', 'pass', 'approve', 'unfounded'].includes(decision)) return 'success'
  return 'info'
}
