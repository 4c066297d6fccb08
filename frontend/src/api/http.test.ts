import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  REPEAT_WINDOW_MS,
  configureHttp,
  fetchFile,
  fileNameOf,
  http,
  newIdempotencyKey,
  parseProblem,
  readCookie,
} from './http'

describe('parseProblem', () => {
  it('reads status, title, detail and field errors of problem+json', () => {
    const error = parseProblem(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: '提交的内容有误，请按提示修改后重试',
      errors: [
        { field: 'username', message: '用户名为3至64位小写字母、数字、点、下划线或连字符' },
        { field: 'password', message: '密码至少 8 位' },
      ],
    })
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.title).toBe('Bad Request')
    expect(error.detail).toBe('提交的内容有误，请按提示修改后重试')
    expect(error.fieldErrors).toEqual({
      username: '用户名为3至64位小写字母、数字、点、下划线或连字符',
      password: '密码至少 8 位',
    })
  })

  it('joins several messages for one field', () => {
    const error = parseProblem(400, {
      errors: [
        { field: 'code', message: 'first' },
        { field: 'code', message: 'second' },
      ],
    })
    expect(error.fieldErrors).toEqual({ code: 'first; second' })
  })

  it('ignores malformed entries and bodies that are not problems', () => {
    expect(parseProblem(400, { errors: [null, { field: 1 }, 'x'] }).fieldErrors).toEqual({})
    const fromText = parseProblem(502, undefined)
    expect(fromText.status).toBe(502)
    expect(fromText.detail).toBe('')
    expect(parseProblem(500, ['a']).fieldErrors).toEqual({})
  })
})

describe('readCookie', () => {
  it('finds one cookie among several and decodes it', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=ab%3Dc; b=2')).toBe('ab=c')
    expect(readCookie('XSRF-TOKEN', 'a=1')).toBeNull()
  })
})

function answer(status: number, body?: unknown, contentType = 'application/problem+json') {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  })
}

describe('request', () => {
  const fetchMock = vi.fn<typeof fetch>()
  const onUnauthorized = vi.fn()

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockReset()
    onUnauthorized.mockReset()
    configureHttp({ language: () => 'en-US', onUnauthorized })
    document.cookie = 'XSRF-TOKEN=token-1; path=/'
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends the language, the CSRF token and JSON on writes', async () => {
    fetchMock.mockResolvedValueOnce(answer(201, { username: 'x' }, 'application/json'))
    const created = await http.post<{ username: string }>('/api/admin/officers', { username: 'x' })
    expect(created).toEqual({ username: 'x' })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/admin/officers')
    const headers = init?.headers as Record<string, string>
    expect(init?.method).toBe('POST')
    expect(init?.credentials).toBe('same-origin')
    expect(init?.body).toBe('{"username":"x"}')
    expect(headers['Accept-Language']).toBe('en-US')
    expect(headers['X-XSRF-TOKEN']).toBe('token-1')
    expect(headers['Content-Type']).toBe('application/json')
  })

  it('sends no CSRF header on reads and returns nothing for 204', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, [], 'application/json'))
    await http.get('/api/regions')
    expect((fetchMock.mock.calls[0][1]?.headers as Record<string, string>)['X-XSRF-TOKEN']).toBeUndefined()
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }))
    await expect(http.post('/api/auth/logout')).resolves.toBeUndefined()
  })

  it('throws the parsed problem with its field errors', async () => {
    fetchMock.mockResolvedValueOnce(
      answer(400, { status: 400, detail: 'Invalid', errors: [{ field: 'password', message: 'Too short' }] }),
    )
    const error = await http.post('/api/admin/officers', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).fieldErrors).toEqual({ password: 'Too short' })
  })

  it('reports an ended session, except for login and me', async () => {
    fetchMock.mockImplementation(async () => answer(401, { status: 401, detail: 'Please sign in' }))
    await expect(http.get('/api/admin/officers')).rejects.toBeInstanceOf(ApiError)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    await expect(http.get('/api/auth/me')).rejects.toMatchObject({ status: 401 })
    await expect(http.post('/api/auth/login', {})).rejects.toMatchObject({ detail: 'Please sign in' })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('turns a network failure into status 0', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await expect(http.get('/api/regions')).rejects.toMatchObject({ status: 0, detail: '' })
  })
})

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('form submissions', () => {
  const fetchMock = vi.fn<typeof fetch>()

  function keyOf(call: number): string | undefined {
    return (fetchMock.mock.calls[call][1]?.headers as Record<string, string>)['Idempotency-Key']
  }

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockReset()
    configureHttp({ language: () => 'zh-CN', onUnauthorized: () => {} })
    document.cookie = 'XSRF-TOKEN=token-1; path=/'
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('carry an Idempotency-Key on POST and PUT, reads, sign-in and passwords none', async () => {
    fetchMock.mockImplementation(async () => answer(200, {}, 'application/json'))
    await http.post('/api/complaints', { content: 'a' })
    await http.put('/api/admin/officers/x', { displayName: 'X' })
    await http.get('/api/complaints')
    await http.post('/api/auth/login', { username: 'x', password: 'y' })
    await http.post('/api/admin/officers/x/password', { password: 'y' })
    expect(keyOf(0)).toMatch(UUID)
    expect(keyOf(1)).toMatch(UUID)
    expect(keyOf(1)).not.toBe(keyOf(0))
    expect(keyOf(2)).toBeUndefined()
    expect(keyOf(3)).toBeUndefined()
    expect(keyOf(4)).toBeUndefined()
  })

  it('send a double click once, and both clicks get the answer', async () => {
    let release: (r: Response) => void = () => {}
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => (release = resolve)))
    const first = http.post<{ complaintId: number }>('/api/complaints', { content: 'double' })
    const second = http.post<{ complaintId: number }>('/api/complaints', { content: 'double' })
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    release(answer(201, { complaintId: 7 }, 'application/json'))
    await expect(first).resolves.toEqual({ complaintId: 7 })
    await expect(second).resolves.toEqual({ complaintId: 7 })
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('repeat a submission soon after with the same key, a changed one or a later one with a new key', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    fetchMock.mockImplementation(async () => answer(204))
    const url = '/api/tasks/t-1/complete'
    await http.post(url, { decision: 'accept' })
    await http.post(url, { decision: 'accept' })
    await http.post(url, { decision: 'incomplete' })
    vi.setSystemTime(Date.now() + REPEAT_WINDOW_MS + 1)
    await http.post(url, { decision: 'accept' })
    expect(keyOf(1)).toBe(keyOf(0))
    expect(keyOf(2)).not.toBe(keyOf(0))
    expect(keyOf(3)).not.toBe(keyOf(0))
  })

  it('retry after a lost answer with the same key, so the server can give the first answer', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    fetchMock.mockResolvedValueOnce(answer(201, { complaintId: 8 }, 'application/json'))
    await expect(http.post('/api/complaints', { content: 'lost' })).rejects.toMatchObject({ status: 0 })
    await expect(http.post('/api/complaints', { content: 'lost' })).resolves.toEqual({ complaintId: 8 })
    expect(keyOf(1)).toBe(keyOf(0))
  })

  it('make UUID keys also where crypto.randomUUID is missing (plain HTTP)', () => {
    expect(newIdempotencyKey()).toMatch(UUID)
    const real = globalThis.crypto
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a) })
    const key = newIdempotencyKey()
    vi.unstubAllGlobals()
    expect(key).toMatch(UUID)
  })
})

describe('fileNameOf', () => {
  it('reads the plain and the encoded name of a Content-Disposition header', () => {
    expect(fileNameOf('attachment; filename="roster-511999000000.xlsx"', 'x.xlsx')).toBe(
      'roster-511999000000.xlsx',
    )
    expect(fileNameOf("attachment; filename*=UTF-8''%E8%8A%B1%E5%90%8D%E5%86%8C.xlsx", 'x.xlsx')).toBe(
      '花名册.xlsx',
    )
    expect(fileNameOf('attachment; filename=a.xlsx', 'x.xlsx')).toBe('a.xlsx')
  })

  it('falls back when there is no name', () => {
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx')
    expect(fileNameOf('attachment', 'x.xlsx')).toBe('x.xlsx')
  })
})

describe('fetchFile', () => {
  const fetchMock = vi.fn<typeof fetch>()

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockReset()
    configureHttp({ language: () => 'zh-CN', onUnauthorized: () => {} })
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('answers the content and the name the server gave', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('PK', {
        status: 200,
        headers: { 'Content-Disposition': 'attachment; filename="r.xlsx"' },
      }),
    )
    const file = await fetchFile('/api/reports/roster.xlsx', 'roster.xlsx')
    expect(file.fileName).toBe('r.xlsx')
    expect(await file.blob.text()).toBe('PK')
    expect((fetchMock.mock.calls[0][1]?.headers as Record<string, string>)['Accept-Language']).toBe('zh-CN')
  })

  it('throws the localized problem of a refused period', async () => {
    fetchMock.mockResolvedValueOnce(
      answer(400, {
        status: 400,
        detail: '提交的内容有误',
        errors: [{ field: 'from', message: '开始不能晚于结束' }],
      }),
    )
    await expect(
      fetchFile('/api/reports/changes.xlsx?from=2026-05&to=2026-01', 'c.xlsx'),
    ).rejects.toMatchObject({
      status: 400,
      fieldErrors: { from: '开始不能晚于结束' },
    })
  })
})
