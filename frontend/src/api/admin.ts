import { http } from './http'
import type { OfficerDraft, OfficerRecord, Region } from './types'
import type { RegionKind } from '@/roles'

const officerPath = (username: string) => `/api/admin/officers/${encodeURIComponent(username)}`

export const adminApi = {
  listOfficers: () => http.get<OfficerRecord[]>('/api/admin/officers'),
  createOfficer: (draft: OfficerDraft) => http.post<OfficerRecord>('/api/admin/officers', draft),
  updateOfficer: (username: string, draft: Omit<OfficerDraft, 'username' | 'password'>) =>
    http.put<OfficerRecord>(officerPath(username), draft),
  resetPassword: (username: string, password: string) =>
    http.post<void>(`${officerPath(username)}/password`, { password }),
  unlockOfficer: (username: string) => http.post<void>(`${officerPath(username)}/unlock`),
  createRegion: (region: { code: string; name: string; kind: RegionKind | ''; parentCode: string | null }) =>
    http.post<Region>('/api/admin/regions', region),
  renameRegion: (code: string, name: string) =>
    http.put<Region>(`/api/admin/regions/${encodeURIComponent(code)}`, { name }),
}
