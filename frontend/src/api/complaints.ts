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

export interface Figures {
  received: number
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
  ledger: (status?: string) =>
    http.get<ComplaintLine[]>(
      status ? `/api/complaints?status=${encodeURIComponent(status)}` : '/api/complaints',
    ),
  statistics: () => http.get<ComplaintStatistics>('/api/complaints/statistics'),
  register: (form: ComplaintForm) =>
    http.post<{ complaintId: number; trackingCode: string; processInstanceId: string }>(
      '/api/complaints',
      form,
    ),
  exportUrl: () => '/api/complaints.xlsx',
}
