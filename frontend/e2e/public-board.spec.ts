import { caseOnNotice } from './casework'
import { expect, screenshot, sideMenu, signIn, test } from './support'

test('anyone files an objection on the public board and follows it with the tracking code', async ({
  browser,
  baseURL,
}) => {
  const onNotice = await caseOnNotice(baseURL as string)
  const maskedHead = `${onNotice.headName[0]}*${onNotice.headName.slice(-1)}`

  // An anonymous visitor, without any session, from the login page.
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await page.goto('/login')
    await page.getByTestId('public-notices-link').click()
    await expect(page).toHaveURL(/\/public\/notices$/)
    await expect(page.getByRole('heading', { name: '公示公告' })).toBeVisible()

    const row = page.locator('.el-table__row', { has: page.getByTestId(`object-${onNotice.noticeId}`) })
    await expect(row).toContainText('东河村')
    await expect(row).toContainText(maskedHead)
    await expect(row).toContainText('865.00')
    await expect(row).toContainText('初审公示')
    // Nothing beyond what a notice may show: no ID number, no full name, no address.
    await expect(page.locator('body')).not.toContainText(onNotice.head)
    await expect(page.locator('body')).not.toContainText(onNotice.headName)
    await expect(page.locator('body')).not.toContainText('3组12号')
    await screenshot(page, 'public-board')

    await page.getByTestId(`object-${onNotice.noticeId}`).click()
    const dialog = page.getByTestId('objection-dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByTestId('objection-submit').click()
    await expect(dialog.locator('.el-form-item__error')).toContainText('请填写异议内容')
    await dialog.getByTestId('objection-content').fill('该户家中有一辆小轿车，未如实申报。')
    await screenshot(page, 'public-objection-dialog')
    await dialog.getByTestId('objection-submit').click()
    const code = dialog.getByTestId('tracking-code')
    await expect(code).toHaveText(/^[A-Z0-9]{6,}$/)
    const trackingCode = (await code.textContent())?.trim() ?? ''
    await screenshot(page, 'public-objection-filed')
    await dialog.locator('.el-dialog__footer').getByRole('button', { name: '关闭' }).click()

    await page.getByTestId('track-code').fill(trackingCode)
    await page.getByTestId('track-submit').click()
    await expect(page.getByTestId('track-result')).toContainText('核查中')
    await expect(page.getByTestId('track-result')).toContainText('正在核查')
    await screenshot(page, 'public-tracking')

    await page.getByTestId('track-code').fill('NOSUCHCODE')
    await page.getByTestId('track-submit').click()
    await expect(page.getByText('查询码不存在，请核对后重试')).toBeVisible()
  } finally {
    await context.close()
  }
})

test('the township sees the objection at its task and on the case', async ({ page, baseURL }) => {
  const onNotice = await caseOnNotice(baseURL as string)
  const filed = await page.request.post(`/api/public/notices/${onNotice.noticeId}/objections`, {
    data: { content: '申报收入偏低，请核实。' },
  })
  expect(filed.status()).toBe(202)
  const { trackingCode } = (await filed.json()) as { trackingCode: string }

  await signIn(page, 'township-dh')
  await page.goto(`/cases/${onNotice.caseId}`)
  await expect(page.getByTestId('case-flags')).toContainText('有异议或投诉')
  await expect(page.getByTestId('case-objections')).toContainText('申报收入偏低，请核实。')
  // Every objection is a complaint too: the case lists it among its complaints.
  const complaint = page.getByTestId('case-complaints').locator('.el-table__row', { hasText: trackingCode })
  await expect(complaint).toContainText('公示异议')
  await expect(complaint).toContainText('办理中')
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('处理异议')
  await expect(page.getByTestId('task-objections')).toContainText('申报收入偏低，请核实。')
  await page.getByTestId('decision-unfounded').click()
  await page.getByTestId('task-findings').fill('经核实，该户收入申报属实。')
  await screenshot(page, 'task-objection')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)
  await sideMenu(page).getByText('案件列表').click()
  await page.getByRole('link', { name: onNotice.caseId, exact: true }).click()
  await expect(page.getByTestId('case-objections')).toContainText('经核实，该户收入申报属实。')
  await expect(page.getByTestId('case-notices')).toContainText('已撤回')
})
