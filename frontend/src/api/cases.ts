import { http } from './http'
import type {
  CaseDetail,
  CaseId,
  CaseStatus,
  CaseSummary,
  CreatedApplication,
  HouseholdInput,
  ProcessView,
} from './types'

const casePath = (caseId: CaseId) => `/api/cases/${encodeURIComponent(String(caseId))}`

export interface CaseFilter {
  regionCode?: string
  status?: CaseStatus | ''
}

export const casesApi = {
  apply: (household: HouseholdInput) => http.post<CreatedApplication>('/api/applications', household),
  list(filter: CaseFilter = {}): Promise<CaseSummary[]> {
    const query = new URLSearchParams()
    if (filter.regionCode) query.set('regionCode', filter.regionCode)
    if (filter.status) query.set('status', filter.status)
    const suffix = query.toString()
    return http.get<CaseSummary[]>(suffix ? `/api/cases?${suffix}` : '/api/cases')
  },
  get: (caseId: CaseId) => http.get<CaseDetail>(casePath(caseId)),
  process: (caseId: CaseId) => http.get<ProcessView>(`${casePath(caseId)}/process`),
  /** The address of a generated document; the browser downloads it with the session cookie. */
  documentUrl: (caseId: CaseId, documentId: number | string) =>
    `${casePath(caseId)}/documents/${encodeURIComponent(String(documentId))}`,
}
