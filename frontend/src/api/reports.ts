import { http, postForm } from './http'
import type { ImportError } from './verification'

export const AGE_BANDS = ['MINOR', 'WORKING_AGE', 'BEYOND'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

/** GET /api/reports/statistics: receiving households and persons, with counts and percentages ("25.17"). */
export interface Statistics {
  households: number
  persons: number
  byIdentity: { category: string; count: number; percent: string }[]
  byAge: { band: AgeBand | string; male: number; female: number; count: number; percent: string }[]
  byTownship: { regionCode: string; name: string; households: number; persons: number; percent: string }[]
  byClass: { recheckClass: string; households: number; persons: number; percent: string }[]
  byDisability: { grade: number; count: number; percent: string }[]
}

/** GET /api/reports/funnel: applications received in the period and how they went. */
export interface Funnel {
  from: string
  to: string
  applied: number
  refused: number
  approved: number
  running: number
  steps: { taskKey: string; completed: number; averageWorkingDays: string | null }[]
}

/** POST /api/imports/roster: what was enrolled, or the errors (then nothing was). */
export interface RosterImportResult {
  households: number
  persons: number
  errors: ImportError[]
  duplicate: boolean
}

/** Region and period of a report; empty values are left to the server's defaults. */
export interface ReportFilter {
  regionCode?: string
  from?: string
  to?: string
}

/** An address with the filter's values that are set. */
export function reportPath(path: string, filter: ReportFilter = {}): string {
  const search = new URLSearchParams()
  for (const key of ['regionCode', 'from', 'to'] as const) {
    const value = filter[key]
    if (value) search.set(key, value)
  }
  const text = search.toString()
  return text ? `${path}?${text}` : path
}

export const reportsApi = {
  statistics: (filter: ReportFilter = {}) =>
    http.get<Statistics>(reportPath('/api/reports/statistics', { regionCode: filter.regionCode })),
  funnel: (filter: ReportFilter = {}) => http.get<Funnel>(reportPath('/api/reports/funnel', filter)),
  async importRoster(file: File): Promise<RosterImportResult> {
    const form = new FormData()
    form.append('file', file, file.name)
    return (await postForm<RosterImportResult>('/api/imports/roster', form)).body
  },
  rosterTemplateUrl: () => '/api/imports/roster/template.xlsx',
}
