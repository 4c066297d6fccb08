import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { errorText, fieldErrorsOf } from './errorText'

const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}:${JSON.stringify(named)}` : key)

describe('errorText', () => {
  it('prefers the localized detail of the server', () => {
    expect(errorText(new ApiError(401, '用户名或密码错误'), t)).toBe('用户名或密码错误')
  })

  it('falls back to a network or generic message', () => {
    expect(errorText(new ApiError(0, ''), t)).toBe('errors.network')
    expect(errorText(new ApiError(502, ''), t)).toBe('errors.unexpected:{"status":502}')
    expect(errorText(new Error('x'), t)).toBe('errors.unexpected:{"status":"?"}')
  })

  it('copies field errors', () => {
    expect(fieldErrorsOf(new ApiError(400, '', { password: 'weak' }))).toEqual({ password: 'weak' })
    expect(fieldErrorsOf(new Error('x'))).toEqual({})
  })
})
