import { http } from './http'
import type { ObjectionDraft, ObjectionStatus, PublicNotice } from './types'

/** The public notice board: no session needed, nothing personal beyond what a notice may show. */
export const publicApi = {
  notices: (regionCode?: string) =>
    http.get<PublicNotice[]>(
      regionCode ? `/api/public/notices?regionCode=${encodeURIComponent(regionCode)}` : '/api/public/notices',
    ),
  object: (noticeId: number | string, draft: ObjectionDraft) =>
    http.post<{ trackingCode: string }>(
      `/api/public/notices/${encodeURIComponent(String(noticeId))}/objections`,
      draft,
    ),
  track: (trackingCode: string) =>
    http.get<ObjectionStatus>(`/api/public/objections/${encodeURIComponent(trackingCode)}`),
}
