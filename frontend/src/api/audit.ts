import { http } from './http'
import type { CaseId } from './types'

/** One row of the hash-chained audit trail, as the inspectors' endpoints return it (ID numbers masked). */
export interface AuditEvent {
  id: number
  at: string
  actor: string
  role?: string | null
  regionCode?: string | null
  type: string
  caseId?: number | null
  householdId?: number | null
  detail?: unknown
  hash: string
  prevHash: string
}

/** The result of walking the whole chain. */
export interface ChainVerification {
  valid: boolean
  checked: number
  firstBrokenId?: number | null
}

/** A pattern an inspector should look at. */
export interface RedFlag {
  caseId?: number | null
  householdId?: number | null
  code: string
  detail?: string | null
}

/** The filters of a search; dates are calendar days in China (yyyy-MM-dd), both inclusive. */
export interface AuditFilter {
  caseId?: string
  actor?: string
  type?: string
  fromDay?: string
  toDay?: string
}

/** Query string of a search: the days as instants at the start and end of the day in China. */
export function auditQuery(filter: AuditFilter): string {
  const query = new URLSearchParams()
  const caseId = filter.caseId?.trim()
  if (caseId) query.set('caseId', caseId)
  const actor = filter.actor?.trim()
  if (actor) query.set('actor', actor)
  if (filter.type) query.set('type', filter.type)
  if (filter.fromDay) query.set('from', `${filter.fromDay}T00:00:00+08:00`)
  if (filter.toDay) query.set('to', `${filter.toDay}T23:59:59.999+08:00`)
  return query.toString()
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path)

export const auditApi = {
  events: (filter: AuditFilter = {}) =>
    http.get<AuditEvent[]>(withQuery('/api/audit/events', auditQuery(filter))),
  /** Every event of the case and of its household, oldest first. */
  dossier: (caseId: CaseId) =>
    http.get<AuditEvent[]>(`/api/audit/cases/${encodeURIComponent(String(caseId))}`),
  verify: () => http.get<ChainVerification>('/api/audit/verify'),
  flags: () => http.get<RedFlag[]>('/api/audit/flags'),
  /** The address of the Excel export of a search; the browser downloads it with the session cookie. */
  exportUrl: (filter: AuditFilter = {}) => withQuery('/api/audit/events.xlsx', auditQuery(filter)),
  /** The address of the dossier workbook: the same events as {@link dossier}. */
  dossierExportUrl: (caseId: CaseId) => `/api/audit/cases/${encodeURIComponent(String(caseId))}.xlsx`,
}
