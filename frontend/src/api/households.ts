import { http } from './http'
import type { Member, Money } from './types'
import type { WarningLine } from './verification'

export const HOUSEHOLD_STATUSES = ['APPLYING', 'ACTIVE', 'GRADUAL_EXIT', 'STOPPED', 'REFUSED'] as const
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number]

export interface HouseholdSummary {
  householdId: number
  regionCode: string
  status: HouseholdStatus
  headName: string
  householdSize: number
  monthlyAmount: Money | null
  recheckClass: string | null
  nextRecheck: string | null
}

export interface HistoryLine {
  month: string
  amount: Money
  reason: string | null
}

export interface HouseholdView {
  householdId: number
  regionCode: string
  status: HouseholdStatus
  recheckClass: string | null
  nextRecheck: string | null
  /** The last month of a gradual exit (yyyy-MM), while the household is in one. */
  gradualExitUntil: string | null
  monthlyAmount: Money | null
  perCapitaIncome: Money | null
  paymentStartMonth: string | null
  address: string | null
  members: Member[]
  warnings: WarningLine[]
  history: HistoryLine[]
}

export const householdsApi = {
  list(filter: { regionCode?: string; status?: string } = {}): Promise<HouseholdSummary[]> {
    const query = new URLSearchParams()
    if (filter.regionCode) query.set('regionCode', filter.regionCode)
    if (filter.status) query.set('status', filter.status)
    const suffix = query.toString()
    return http.get<HouseholdSummary[]>(suffix ? `/api/households?${suffix}` : '/api/households')
  },
  get: (householdId: number | string) =>
    http.get<HouseholdView>(`/api/households/${encodeURIComponent(String(householdId))}`),
}
