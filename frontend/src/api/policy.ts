import { http } from './http'
import type { Area, CalendarDay, DayKind, PasswordPolicy, Standard } from './types'

export const policyApi = {
  calendar: (year: number) => http.get<CalendarDay[]>(`/api/calendar?year=${year}`),
  setDay: (day: string, kind: DayKind, name: string) =>
    http.put<CalendarDay>(`/api/admin/calendar/${encodeURIComponent(day)}`, { kind, name }),
  removeDay: (day: string) => http.delete<void>(`/api/admin/calendar/${encodeURIComponent(day)}`),
  standards: (countyCode: string) =>
    http.get<Standard[]>(`/api/allowance/standards?countyCode=${encodeURIComponent(countyCode)}`),
  addStandard: (standard: {
    countyCode?: string
    area: Area | ''
    monthlyAmount: string
    validFrom: string
  }) => http.post<Standard>('/api/allowance/standards', standard),
  passwordPolicy: () => http.get<PasswordPolicy>('/api/auth/password-policy'),
}
