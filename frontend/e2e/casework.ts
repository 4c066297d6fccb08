import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test'
import { withCheckCharacter } from '../src/household/idNumber'
import { PASSWORD, expect } from './support'

/**
 * A resident ID number with a valid check character, of someone `years` old (born on a random
 * day of that year of life, so that households of different tests do not share members).
 */
export function idNumberAged(years: number, male: boolean, area = '511999'): string {
  const birth = new Date()
  birth.setFullYear(birth.getFullYear() - years)
  birth.setDate(birth.getDate() - 1 - Math.floor(Math.random() * 330))
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  const date = `${birth.getFullYear()}${pad(birth.getMonth() + 1)}${pad(birth.getDate())}`
  // A random sequence keeps households of different tests apart; its last digit is the gender.
  let sequence = Math.floor(Math.random() * 1000)
  if ((sequence % 2 === 1) !== male) sequence = (sequence + 1) % 1000
  return withCheckCharacter(`${area}${date}${pad(sequence, 3)}`)
}

/**
 * Next month in China, as yyyy-MM: the first month an approval made today is paid, and the month a
 * re-check decided today takes effect.
 */
export function nextMonthInChina(): string {
  const [year, month] = new Date()
    .toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    .split('-')
    .map(Number)
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
}

/** Chinese given names for distinct heads of household in one run. */
export function uniqueHeadName(): string {
  const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'
  const given = '春夏秋冬东南西北明亮清远海山林峰云雪'
  const pick = (chars: string) => chars[Math.floor(Math.random() * chars.length)]
  return `${pick(surnames)}${pick(given)}${pick(given)}`
}

/** The household of the tests: a head of 45 with 500.00 wages and a child of 12 (865.00 a month). */
export function twoPersonHousehold(headName = uniqueHeadName()) {
  const head = idNumberAged(45, true)
  const child = idNumberAged(12, false)
  return {
    headName,
    head,
    child,
    body: {
      regionCode: '511999101001',
      address: '东河村3组12号',
      phone: '13800000000',
      bankAccount: '6228480000000000001',
      consentToPublishIncome: true,
      authorizationSigned: true,
      pledgeSigned: true,
      relativeOfOfficer: false,
      members: [
        {
          name: headName,
          idNumber: head,
          relation: 'HEAD',
          identityCategory: 'UNEMPLOYED',
          disabilityGrade: 0,
          seriousIllness: false,
          ableToWork: true,
        },
        {
          name: `${headName.slice(0, 1)}小宝`,
          idNumber: child,
          relation: 'CHILD',
          identityCategory: 'STUDENT',
          disabilityGrade: 0,
          seriousIllness: false,
          ableToWork: false,
        },
      ],
      incomes: [{ memberIdNumber: head, type: 'WAGE', monthlyAmount: '500.00', note: '零工' }],
      assets: [],
      supporters: [],
    },
  }
}

interface ApiTask {
  taskId: string
  taskKey: string
  processInstanceId: string
  caseId: number | string
}

/** An officer's API session: a login, the CSRF cookie echoed on every write. */
export class OfficerApi {
  private constructor(private readonly context: APIRequestContext) {}

  static async login(baseURL: string, username: string): Promise<OfficerApi> {
    const context = await playwrightRequest.newContext({ baseURL })
    const api = new OfficerApi(context)
    await context.get('/api/auth/me')
    const response = await api.post('/api/auth/login', { username, password: PASSWORD })
    expect(response.status(), `login of ${username}`).toBe(200)
    return api
  }

  private async token(): Promise<string> {
    const state = await this.context.storageState()
    return state.cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? ''
  }

  async post(path: string, data: unknown) {
    return this.context.post(path, { data, headers: { 'X-XSRF-TOKEN': await this.token() } })
  }

  async json<T>(path: string): Promise<T> {
    const response = await this.context.get(path)
    expect(response.status(), path).toBe(200)
    return (await response.json()) as T
  }

  async apply(body: unknown): Promise<string> {
    const response = await this.post('/api/applications', body)
    expect(response.status(), await response.text()).toBe(201)
    return String((await response.json()).caseId)
  }

  async task(caseId: string, taskKey: string): Promise<ApiTask> {
    const tasks = await this.json<ApiTask[]>('/api/tasks?scope=todo')
    const task = tasks.find(
      (candidate) => String(candidate.caseId) === caseId && candidate.taskKey === taskKey,
    )
    expect(task, `${taskKey} of case ${caseId}`).toBeTruthy()
    return task as ApiTask
  }

  async complete(caseId: string, taskKey: string, completion: Record<string, unknown>): Promise<ApiTask> {
    const task = await this.task(caseId, taskKey)
    const response = await this.post(`/api/tasks/${task.taskId}/complete`, completion)
    expect(response.status(), await response.text()).toBe(204)
    return task
  }

  async dispose(): Promise<void> {
    await this.context.dispose()
  }
}

function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export const SURVEY_PASSED = {
  decision: 'pass',
  investigators: ['王东河', '李调查'],
  visitDate: today(),
  findings: '家中无高档消费品，收入与申报一致',
}

export const REVIEW_PASSED = {
  meetingDate: today(),
  attendees: 9,
  residentRepresentatives: 7,
  items: ['MEMBERS', 'INCOME', 'ASSETS', 'SUPPORTERS'].map((item) => ({ item, verdict: 'TRUE' })),
}

/**
 * Ends the 7-day notice of a process at once, as a supervisor would from Camunda Modeler or
 * Cockpit: through the engine REST API with HTTP Basic.
 */
export async function fireNoticeTimer(baseURL: string, processInstanceId: string): Promise<void> {
  const engine = await playwrightRequest.newContext({
    baseURL,
    httpCredentials: { username: 'supervisor', password: PASSWORD, send: 'always' },
  })
  try {
    const jobs = await engine.get(`/engine-rest/job?processInstanceId=${processInstanceId}&timers=true`)
    expect(jobs.status()).toBe(200)
    const list = (await jobs.json()) as Array<{ id: string }>
    expect(
      list.length,
      `the engine REST API lists no timer job of process ${processInstanceId} to the supervisor`,
    ).toBeGreaterThan(0)
    for (const job of list) {
      const executed = await engine.post(`/engine-rest/job/${job.id}/execute`)
      expect(executed.status(), await executed.text()).toBe(204)
    }
  } finally {
    await engine.dispose()
  }
}

/**
 * Creates a case through the API and takes it through acceptance, survey, the notice and the
 * review to the open township audit, or with `audited` one step further to the county approval.
 */
export async function caseInProgress(
  baseURL: string,
  options: { audited: boolean; household?: ReturnType<typeof twoPersonHousehold> },
) {
  const household = options.household ?? twoPersonHousehold()
  const village = await OfficerApi.login(baseURL, 'village-dh1')
  const township = await OfficerApi.login(baseURL, 'township-dh')
  try {
    const caseId = await village.apply(household.body)
    await township.complete(caseId, 'accept', { decision: 'accept' })
    const survey = await township.complete(caseId, 'survey', SURVEY_PASSED)
    await fireNoticeTimer(baseURL, survey.processInstanceId)
    await village.complete(caseId, 'review', REVIEW_PASSED)
    if (options.audited) await township.complete(caseId, 'townshipAudit', { decision: 'approve' })
    return { caseId, ...household }
  } finally {
    await village.dispose()
    await township.dispose()
  }
}

/** Creates a case through the API and takes it to its 7-day notice. */
export async function caseOnNotice(baseURL: string) {
  const household = twoPersonHousehold()
  const village = await OfficerApi.login(baseURL, 'village-dh1')
  const township = await OfficerApi.login(baseURL, 'township-dh')
  try {
    const caseId = await village.apply(household.body)
    await township.complete(caseId, 'accept', { decision: 'accept' })
    await township.complete(caseId, 'survey', SURVEY_PASSED)
    const detail = await township.json<{ notices: Array<{ noticeId: number; withdrawn: boolean }> }>(
      `/api/cases/${caseId}`,
    )
    const notice = detail.notices.find((candidate) => !candidate.withdrawn)
    expect(notice, 'the notice of the case').toBeTruthy()
    return { caseId, noticeId: String(notice?.noticeId), ...household }
  } finally {
    await village.dispose()
    await township.dispose()
  }
}

/** Picks an option of an Element Plus select anywhere on the page. */
export async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

/** Types a date into an Element Plus date picker. */
export async function typeDate(page: Page, testId: string, date: string): Promise<void> {
  const input = page.getByTestId(testId).locator('input').first()
  await input.fill(date)
  await input.press('Enter')
}

/**
 * Creates a case through the API and takes it all the way to enrolment: the household receives
 * the allowance (ACTIVE). Answers the case, its household and the household's ID numbers.
 */
export async function enrolledHousehold(baseURL: string) {
  const awaiting = await caseInProgress(baseURL, { audited: true })
  const county = await OfficerApi.login(baseURL, 'county')
  try {
    await county.complete(awaiting.caseId, 'countyApproval', { decision: 'approve' })
    const detail = await county.json<{ householdId: number; status: string }>(`/api/cases/${awaiting.caseId}`)
    expect(detail.status, 'the approved case').toBe('ACTIVE')
    return { ...awaiting, householdId: String(detail.householdId) }
  } finally {
    await county.dispose()
  }
}
