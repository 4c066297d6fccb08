import { OfficerApi } from './casework'
import { expect, screenshot, sideMenu, signIn, test } from './support'

interface InboxTask {
  taskId: string
  taskKey: string
  processInstanceId: string
}

/** The county's open task of the complaint's process with this key, found through the API. */
async function taskOf(baseURL: string, processInstanceId: string, taskKey: string): Promise<string> {
  const county = await OfficerApi.login(baseURL, 'county')
  try {
    const tasks = await county.json<InboxTask[]>('/api/tasks?scope=todo')
    const task = tasks.find((t) => t.processInstanceId === processInstanceId && t.taskKey === taskKey)
    expect(task, `${taskKey} of ${processInstanceId}`).toBeTruthy()
    return (task as InboxTask).taskId
  } finally {
    await county.dispose()
  }
}

test('the county registers a hotline complaint and takes it to its answer', async ({ page, baseURL }) => {
  test.setTimeout(180_000)
  const content = `反映村干部优亲厚友 ${Date.now()}`

  // 1. Intake at the desk: a named hotline call.
  await signIn(page, 'county')
  await sideMenu(page).getByText('投诉举报').click()
  await expect(page.getByRole('heading', { name: '投诉举报台账' })).toBeVisible()
  await page.getByTestId('complaint-new').click()
  await page.getByTestId('complaint-submit').click()
  await expect(page.getByTestId('complaint-dialog')).toContainText('请填写反映内容')
  await page.getByTestId('complaint-name').fill('赵热心')
  await page.getByTestId('complaint-phone').fill('13800001111')
  await page.getByTestId('complaint-officer').fill('village-dh1')
  await page.getByTestId('complaint-content').fill(content)
  const [created] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/complaints') && r.request().method() === 'POST'),
    page.getByTestId('complaint-submit').click(),
  ])
  expect(created.status()).toBe(201)
  const { trackingCode, processInstanceId } = (await created.json()) as {
    trackingCode: string
    processInstanceId: string
  }
  const row = page.getByTestId('complaint-ledger').locator('.el-table__row', { hasText: trackingCode })
  await expect(row).toContainText('热线')
  await expect(row).toContainText('办理中')

  // The statistics: a table and bar charts by channel, the hotline among them.
  const stats = page.getByTestId('complaint-stats')
  await expect(stats.getByRole('heading', { name: '统计分析' })).toBeVisible()
  await expect(
    page.getByTestId('complaint-stats-channel').locator('.el-table__row', { hasText: '热线' }),
  ).toBeVisible()
  await expect(page.getByTestId('complaint-chart-channel').locator('canvas')).toBeVisible()
  await screenshot(page, 'complaints-ledger')

  // 2. About an officer, so the county investigates; then its review and the reply, on the task page.
  await page.goto(`/tasks/${await taskOf(baseURL as string, processInstanceId, 'investigate')}`)
  const complaint = page.getByTestId('task-complaint')
  await expect(complaint.getByTestId('task-complaint-content')).toHaveText(content)
  await expect(complaint).toContainText('热线')
  await expect(complaint.getByTestId('task-complaint-subject')).toContainText('village-dh1')
  await expect(complaint).toContainText('尚未核查')
  await page.getByTestId('task-submit').click()
  await expect(page.getByText('请填写情况说明')).toBeVisible()
  await page.getByTestId('decision-founded').click()
  await page.getByTestId('task-findings').fill('经核查，反映情况属实')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)

  await page.goto(`/tasks/${await taskOf(baseURL as string, processInstanceId, 'countyReview')}`)
  await expect(page.getByTestId('task-complaint-findings')).toHaveText('经核查，反映情况属实')
  await page.getByTestId('decision-confirm').click()
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)

  await page.goto(`/tasks/${await taskOf(baseURL as string, processInstanceId, 'reply')}`)
  await page.getByTestId('task-reply-text').fill('您反映的问题经核查属实，已责令整改。')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)

  // 3. Closed in the ledger, and the complainant reads the answer under the tracking code.
  await sideMenu(page).getByText('投诉举报').click()
  await expect(row).toContainText('已办结')
  await expect(row).toContainText('属实')
  const answer = await page.request.get(`/api/public/complaints/${trackingCode}`)
  expect(answer.status()).toBe(200)
  const tracked = (await answer.json()) as { status: string; reply: string }
  expect(tracked.status).toBe('CLOSED')
  expect(tracked.reply).toContain('已责令整改')
})
