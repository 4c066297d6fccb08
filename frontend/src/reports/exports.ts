import { reportPath, type ReportFilter } from '@/api/reports'
import type { Role } from '@/roles'

/** How an export is limited in time: not at all, by days (yyyy-MM-dd) or by months (yyyy-MM). */
export type PeriodKind = 'none' | 'days' | 'months'

export interface ReportExport {
  /** Stable key, also the i18n key under reports.exports. */
  key: 'roster' | 'notices' | 'approvals' | 'changes' | 'statistics' | 'funnel'
  path: string
  period: PeriodKind
  /** The roles the server lets download it. */
  roles: readonly Role[]
}

const ALL: readonly Role[] = ['VILLAGE', 'TOWNSHIP', 'COUNTY', 'INSPECTOR']
const ABOVE_VILLAGE: readonly Role[] = ['TOWNSHIP', 'COUNTY', 'INSPECTOR']

/** The .xlsx exports of /api/reports, in the order the reports page lists them. */
export const REPORT_EXPORTS: readonly ReportExport[] = [
  { key: 'roster', path: '/api/reports/roster.xlsx', period: 'none', roles: ALL },
  { key: 'notices', path: '/api/reports/notices.xlsx', period: 'none', roles: ALL },
  { key: 'approvals', path: '/api/reports/approvals.xlsx', period: 'days', roles: ABOVE_VILLAGE },
  { key: 'changes', path: '/api/reports/changes.xlsx', period: 'months', roles: ABOVE_VILLAGE },
  { key: 'statistics', path: '/api/reports/statistics.xlsx', period: 'none', roles: ABOVE_VILLAGE },
  { key: 'funnel', path: '/api/reports/funnel.xlsx', period: 'days', roles: ABOVE_VILLAGE },
]

/** The exports an officer of the role may download. */
export function exportsFor(role: Role | null | undefined): ReportExport[] {
  return role ? REPORT_EXPORTS.filter((item) => item.roles.includes(role)) : []
}

export function findExport(key: ReportExport['key']): ReportExport {
  const found = REPORT_EXPORTS.find((item) => item.key === key)
  if (!found) throw new Error(`No export ${key}`)
  return found
}

/** The address of an export: the region always, the period only when the export has one. */
export function exportUrl(item: ReportExport, filter: ReportFilter = {}): string {
  return reportPath(item.path, item.period === 'none' ? { regionCode: filter.regionCode } : filter)
}

/** The name the browser keeps when the server gives none: roster-511999000000.xlsx. */
export function exportFileName(item: ReportExport, regionCode?: string): string {
  return regionCode ? `${item.key}-${regionCode}.xlsx` : `${item.key}.xlsx`
}

/**
 * The problem of a refused export as one line: the server's message, then each field it names
 * with the label of the field ("开始：开始不能晚于结束").
 */
export function problemText(
  message: string,
  fieldErrors: Record<string, string>,
  labelOf: (field: string) => string,
): string {
  const fields = Object.entries(fieldErrors).map(([field, text]) => `${labelOf(field)}：${text}`)
  return fields.length > 0 ? `${message}（${fields.join('；')}）` : message
}
