import { http } from './http'
import type { Officer } from './types'

export const authApi = {
  login: (username: string, password: string) =>
    http.post<Officer>('/api/auth/login', { username, password }),
  me: () => http.get<Officer>('/api/auth/me'),
  logout: () => http.post<void>('/api/auth/logout'),
  changePassword: (currentPassword: string, newPassword: string) =>
    http.post<void>('/api/auth/password', { currentPassword, newPassword }),
}
