import { http } from './http'

/** A class of receiving households and how often they are re-checked (GET /api/recheck-classes). */
export interface RecheckClass {
  code: string
  name: string
  intervalMonths: number
  description: string | null
}

export interface RecheckStarted {
  caseId: number
  processInstanceId: string
}

export interface RecheckSchedule {
  recheckClass: string | null
  recheckBase: string | null
  nextRecheck: string | null
}

/** Why an allowance stops (api.md, recheckDecision). */
export const EXIT_REASONS = [
  'DEATH',
  'INCOME_ABOVE_LINE',
  'ASSETS_OVER_LIMIT',
  'MOVED_AWAY',
  'REFUSED_COOPERATION',
  'FRAUD',
  'RELATIVE_NOT_QUALIFYING',
  'VOLUNTARY',
  'OTHER',
] as const
export type ExitReason = (typeof EXIT_REASONS)[number]

/** The bounds of a class's interval the server accepts. */
export const INTERVAL_MONTHS = { min: 1, max: 36 } as const

const household = (householdId: number | string) =>
  `/api/households/${encodeURIComponent(String(householdId))}`

export const rechecksApi = {
  classes: () => http.get<RecheckClass[]>('/api/recheck-classes'),
  changeInterval: (code: string, intervalMonths: number) =>
    http.put<RecheckClass>(`/api/recheck-classes/${encodeURIComponent(code)}`, { intervalMonths }),
  start: (householdId: number | string, reason: string) =>
    http.post<RecheckStarted>(`${household(householdId)}/rechecks`, { reason }),
  assignClass: (householdId: number | string, recheckClass: string) =>
    http.put<RecheckSchedule>(`${household(householdId)}/recheck-class`, { recheckClass }),
}
