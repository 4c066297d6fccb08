import { http } from './http'

export const DESK_CHANNELS = ['HOTLINE', 'BOX', 'LETTER', 'VISIT'] as const

export interface ComplaintLine {
  complaintId: number
  trackingCode: string
  channel: string
  status: 'OPEN' | 'CLOSED'
  founded: boolean | null
  caseId: number | null
  householdId: number | null
  regionCode: string
  investigatingLevel: string
  escalated: boolean
  received: string
  due: string | null
  overdue: boolean
  closed: string | null
}

export interface ComplaintForm {
  channel: string
  anonymous: boolean
  complainantName: string
  complainantPhone: string
  caseId: number | null
  householdId: number | null
  officerUsername: string | null
  content: string
}

/** GET /api/complaints/{id}: the whole complaint, for officers of its jurisdiction. */
export interface ComplaintDetail {
  line: ComplaintLine
  anonymous: boolean
  complainantName: string | null
  complainantPhone: string | null
  officerUsername: string | null
  content: string
  findings: string | null
  reply: string | null
  processInstanceId: string | null
}

/** What narrows the ledger: its status, or the case / household the complaints concern. */
export interface LedgerFilter {
  status?: string
  caseId?: number | string | null
  householdId?: number | string | null
}

/** The ledger's address with the filter's criteria that are set. */
export function ledgerPath(filter: LedgerFilter = {}): string {
  const query = new URLSearchParams()
  if (filter.status) query.set('status', filter.status)
  if (filter.caseId != null && filter.caseId !== '') query.set('caseId', String(filter.caseId))
  if (filter.householdId != null && filter.householdId !== '') {
    query.set('householdId', String(filter.householdId))
  }
  const suffix = query.toString()
  return suffix ? `/api/complaints?${suffix}` : '/api/complaints'
}

export interface Figures {
  received: number
  investigated: number
  founded: number
  foundedRate: number | null
  answered: number
  averageDaysToAnswer: number | null
}

export interface ComplaintStatistics {
  total: Figures
  byChannel: Record<string, Figures>
  byTownship: Record<string, Figures>
}

export const complaintsApi = {
  ledger: (filter: LedgerFilter = {}) => http.get<ComplaintLine[]>(ledgerPath(filter)),
  get: (complaintId: number | string) =>
    http.get<ComplaintDetail>(`/api/complaints/${encodeURIComponent(String(complaintId))}`),
  statistics: () => http.get<ComplaintStatistics>('/api/complaints/statistics'),
  register: (form: ComplaintForm) =>
    http.post<{ complaintId: number; trackingCode: string; processInstanceId: string }>(
      '/api/complaints',
      form,
    ),
  exportUrl: () => '/api/complaints.xlsx',
}
