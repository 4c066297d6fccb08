import { ApiError } from '@/api/http'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The message to show for a failed call: the server's localized detail when it gave one. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.detail) return error.detail
    if (error.status === 0) return t('errors.network')
    return t('errors.unexpected', { status: error.status })
  }
  return t('errors.unexpected', { status: '?' })
}

/** The field errors of a failed call, or none. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? { ...error.fieldErrors } : {}
}
