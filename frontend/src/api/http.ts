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

const IDEMPOTENCY_HEADER = 'Idempotency-Key'
const SUBMISSIONS = ['POST', 'PUT', 'PATCH']
/** Sign-in, sign-out and password changes: not kept as submissions (their bodies hold passwords). */
function carriesPasswords(url: string): boolean {
  return url.startsWith('/api/auth/') || url.split('?')[0].endsWith('/password')
}
/**
 * The same submission (method, address and body) again this soon after the last one settled is a
 * double submission (a double click, a retry after a lost answer): it is sent with the same
 * Idempotency-Key, so the server gives the first answer again instead of acting twice.
 */
export const REPEAT_WINDOW_MS = 10_000

interface Submission {
  key: string
  settledAt?: number
  pending?: Promise<unknown>
}

const submissions = new Map<string, Submission>()

/** A random UUID; outside a secure context (plain HTTP) crypto.randomUUID is missing, getRandomValues is not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID()
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function forgetSettledSubmissions(now: number): void {
  for (const [fingerprint, submission] of submissions) {
    if (submission.settledAt !== undefined && now - submission.settledAt > REPEAT_WINDOW_MS) {
      submissions.delete(fingerprint)
    }
  }
}

/**
 * Sends a call. A form submission (POST, PUT, PATCH) carries an Idempotency-Key: while the same
 * submission is still under way a repeat shares its answer without a second request, and a repeat
 * shortly after reuses its key (see REPEAT_WINDOW_MS).
 */
export function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const upper = method.toUpperCase()
  if (!SUBMISSIONS.includes(upper) || carriesPasswords(url)) {
    return send<T>(upper, url, body)
  }
  const fingerprint = `${upper} ${url} ${body === undefined ? '' : JSON.stringify(body)}`
  forgetSettledSubmissions(Date.now())
  const previous = submissions.get(fingerprint)
  if (previous?.pending) {
    return previous.pending as Promise<T>
  }
  const submission: Submission = { key: previous?.key ?? newIdempotencyKey() }
  const pending = send<T>(upper, url, body, submission.key).finally(() => {
    submission.pending = undefined
    submission.settledAt = Date.now()
  })
  submission.pending = pending
  submissions.set(fingerprint, submission)
  return pending
}

async function send<T>(upper: string, url: string, body?: unknown, idempotencyKey?: string): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': config.language(),
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
  }
  if (idempotencyKey) {
    headers[IDEMPOTENCY_HEADER] = idempotencyKey
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
