import { http } from './http'

export interface Campaign {
  campaignId: number
  name: string
  townshipCodes: string[]
  deadline: string
  status: 'RUNNING' | 'DONE'
  /** ACTIVE households listed when the campaign started. */
  total: number
  /** Households reached so far: created + attached + skipped. */
  processed: number
  created: number
  attached: number
  skipped: number
  percent: number
  startedBy: string
  startedAt: string
  finishedAt?: string | null
}

export interface CampaignCount {
  code: string
  count: number
}

export interface CampaignReport {
  campaignId: number
  households: number
  rechecked: number
  skipped: number
  decided: number
  pending: number
  byOutcome: CampaignCount[]
  byExitReason: CampaignCount[]
  cancelled: number
  cancellationRate: string
  newlyIncluded: number
  periodFrom: string
  periodTo: string
}

export interface NewCampaign {
  name: string
  townshipCodes: string[]
  deadline: string
}

export const campaignsApi = {
  list: () => http.get<Campaign[]>('/api/campaigns'),
  get: (campaignId: number) => http.get<Campaign>(`/api/campaigns/${campaignId}`),
  /** Stores the campaign with its households; the re-checks are created in the background (202). */
  start: (campaign: NewCampaign) => http.post<Campaign>('/api/campaigns', campaign),
  report: (campaignId: number) => http.get<CampaignReport>(`/api/campaigns/${campaignId}/report`),
}
