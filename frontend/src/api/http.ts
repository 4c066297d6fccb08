export type FieldErrors = Record<string, string>

/** A failed API call: the server's problem+json answer, or status 0 when the server was not reached. */
export class ApiError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly fieldErrors: FieldErrors

  constructor(status: number, detail: string, fieldErrors: FieldErrors = {}, title = '') {
    super(detail || title || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.title = title
    this.detail = detail
    this.fieldErrors = fieldErrors
  }
}

interface HttpConfig {
  /** The UI language, sent as Accept-Language so that the server localizes its messages. */
  language: () => string
  /** Called when a call other than login/me answers 401 (the session has ended). */
  onUnauthorized: () => void
}

const config: HttpConfig = {
  language: () => 'zh-CN',
  onUnauthorized: () => {},
}

export function configureHttp(options: Partial<HttpConfig>): void {
  Object.assign(config, options)
}

const CSRF_COOKIE = 'XSRF-TOKEN'
const CSRF_HEADER = 'X-XSRF-TOKEN'
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS']
const NO_REDIRECT_ON_401 = ['/api/auth/login', '/api/auth/me']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Turns the body of a failed answer into an ApiError; tolerates bodies that are not problem+json. */
export function parseProblem(status: number, body: unknown): ApiError {
  if (!isRecord(body)) {
    return new ApiError(status, '')
  }
  const detail = typeof body.detail === 'string' ? body.detail : ''
  const title = typeof body.title === 'string' ? body.title : ''
  const fieldErrors: FieldErrors = {}
  if (Array.isArray(body.errors)) {
    for (const entry of body.errors) {
      if (isRecord(entry) && typeof entry.field === 'string' && typeof entry.message === 'string') {
        const previous = fieldErrors[entry.field]
        fieldErrors[entry.field] = previous ? `${previous}; ${entry.message}` : entry.message
      }
    }
  }
  const numericStatus = typeof body.status === 'number' ? body.status : status
  return new ApiError(numericStatus, detail, fieldErrors, title)
}

export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) {
      return decodeURIComponent(rest.join('='))
    }
  }
  return null
}

async function csrfToken(): Promise<string | null> {
  let token = readCookie(CSRF_COOKIE)
  if (!token) {
    // Any answer of the application sets the cookie; ask for one cheaply.
    await fetch('/api/auth/me', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    }).catch(() => undefined)
    token = readCookie(CSRF_COOKIE)
  }
  return token
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) {
    return undefined
  }
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const upper = method.toUpperCase()
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': config.language(),
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
  }
  if (!SAFE_METHODS.includes(upper)) {
    const token = await csrfToken()
    if (token) {
      headers[CSRF_HEADER] = token
    }
  }
  let response: Response
  try {
    response = await fetch(url, {
      method: upper,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, '')
  }
  const payload = await readBody(response)
  if (!response.ok) {
    const path = url.split('?')[0]
    if (response.status === 401 && !NO_REDIRECT_ON_401.includes(path)) {
      config.onUnauthorized()
    }
    throw parseProblem(response.status, payload)
  }
  return payload as T
}

export const http = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body),
  delete: <T>(url: string) => request<T>('DELETE', url),
}

/**
 * Sends a multipart form (a file upload) with the session cookie and the CSRF header; answers
 * the status and the parsed body, so that the caller can tell 200 from 202.
 */
export async function postForm<T>(url: string, form: FormData): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': config.language(),
  }
  const token = await csrfToken()
  if (token) headers[CSRF_HEADER] = token
  let response: Response
  try {
    response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers, body: form })
  } catch {
    throw new ApiError(0, '')
  }
  const payload = await readBody(response)
  if (!response.ok) {
    if (response.status === 401) config.onUnauthorized()
    throw parseProblem(response.status, payload)
  }
  return { status: response.status, body: payload as T }
}

/** The file name of a Content-Disposition header (filename* first, then filename), or the fallback. */
export function fileNameOf(disposition: string | null | undefined, fallback: string): string {
  if (!disposition) return fallback
  const encoded = /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(disposition)
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''))
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition)
  const name = plain ? (plain[2] ?? plain[1]).trim() : ''
  return name || fallback
}

/**
 * Fetches a file with the session cookie: its content and name, or an ApiError with the server's
 * localized problem (a bad period, a region outside the jurisdiction) instead of a broken download.
 */
export async function fetchFile(
  url: string,
  fallbackName: string,
): Promise<{ blob: Blob; fileName: string }> {
  let response: Response
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: '*/*', 'Accept-Language': config.language() },
    })
  } catch {
    throw new ApiError(0, '')
  }
  if (!response.ok) {
    if (response.status === 401) config.onUnauthorized()
    throw parseProblem(response.status, await readBody(response))
  }
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('Content-Disposition'), fallbackName),
  }
}
