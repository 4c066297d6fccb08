import { http } from './http'
import type { Region } from './types'

export const regionsApi = {
  list: () => http.get<Region[]>('/api/regions'),
}
