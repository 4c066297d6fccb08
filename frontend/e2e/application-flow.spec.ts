import { fireNoticeTimer, idNumberAged, pick, uniqueHeadName } from './casework'
import { expect, login, logout, screenshot, sideMenu, test } from './support'
import type { Page } from '@playwright/test'

/** Opens the inbox and the task of the case with the given step name. */
async function openTask(page: Page, caseId: string, taskName: string, picture?: string): Promise<void> {
  await sideMenu(page).getByText('我的待办').click()
  const row = page.locator('.el-table__row', { hasText: taskName }).filter({
    has: page.getByRole('link', { name: caseId, exact: true }),
  })
  await expect(row).toBeVisible()
  if (picture) await screenshot(page, picture)
  await row.getByRole('button', { name: '办理' }).click()
  await expect(page.getByTestId('task-name')).toHaveText(taskName)
}

async function submitTask(page: Page, taskName: string): Promise<void> {
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)
  await expect(page.getByText(`“${taskName}”已办理`)).toBeVisible()
}

test('one application goes from the village through the township to the county', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const headName = uniqueHeadName()
  const childName = `${headName.slice(0, 1)}小宝`
  const head = idNumberAged(45, true)
  const child = idNumberAged(12, false)

  // 1. The village officer files the application.
  await login(page, 'village-dh1')
  await sideMenu(page).getByText('新增申请').click()
  await expect(page.getByRole('heading', { name: '新增申请' })).toBeVisible()
  await expect(page.getByTestId('household-region')).toContainText('东河村')
  await page.getByTestId('household-address').fill('东河村3组12号')
  await page.getByTestId('household-phone').fill('12')
  await page.getByTestId('household-bank-account').fill('6228480000000000001')

  await page.getByTestId('member-0-name').fill(headName)
  // The ID number is checked while typing: a wrong last character is named at once.
  const wrongCheck = head.slice(0, 17) + (head[17] === '0' ? '1' : '0')
  await page.getByTestId('member-0-id').fill(wrongCheck)
  await expect(page.locator('.id-status .invalid').first()).toContainText(`末位应为 ${head[17]}`)
  await page.getByTestId('member-0-id').fill(head)
  await expect(page.getByTestId('member-0-derived')).toContainText('男')
  await expect(page.getByTestId('member-0-derived')).toContainText('45 岁')
  await pick(page, 'member-0-category', '失业')

  await page.getByTestId('member-add').click()
  await page.getByTestId('member-1-name').fill(childName)
  await page.getByTestId('member-1-id').fill(child)
  await expect(page.getByTestId('member-1-derived')).toContainText('女')
  await expect(page.getByTestId('member-1-derived')).toContainText('12 岁')
  await pick(page, 'member-1-relation', '子女')
  await pick(page, 'member-1-category', '学生')
  await page.getByTestId('member-1-able').click()

  await page.getByTestId('income-add').click()
  await pick(page, 'income-0-member', `${headName}（户主）`)
  await pick(page, 'income-0-type', '工资性收入')
  await page.getByTestId('income-0-amount').fill('500')
  await page.getByTestId('income-0-note').fill('零工')
  await page.getByTestId('income-0-note').press('Tab')
  await expect(page.getByTestId('income-0-amount')).toHaveValue('500.00')
  await expect(page.getByTestId('household-summary')).toContainText('共 2 人，申报月收入合计 500.00 元')

  await page.getByTestId('declaration-authorization').click()
  await page.getByTestId('declaration-pledge').click()
  await page.getByTestId('declaration-consent').click()

  // The server's own checks come back at their fields.
  await page.getByTestId('application-submit').click()
  const phoneItem = page.locator('.el-form-item', { has: page.getByTestId('household-phone') })
  await expect(phoneItem.locator('.el-form-item__error')).toContainText('联系电话')
  await screenshot(page, 'application-form-errors')
  await page.getByTestId('household-phone').fill('13800000000')
  await screenshot(page, 'application-form')
  await page.getByTestId('application-submit').click()

  await expect(page).toHaveURL(/\/cases\/\d+$/)
  const caseId = page.url().split('/').pop() as string
  await expect(page.getByText(`申请已提交，案件编号 ${caseId}`)).toBeVisible()
  await expect(page.getByTestId('case-status')).toHaveText('待受理')
  await expect(page.getByTestId('assessment-amount')).toContainText('865.00')
  // ID numbers are masked in tables until the officer asks to see one.
  const maskedHead = `${head.slice(0, 6)}********${head.slice(-4)}`
  await expect(page.getByTestId('member-id-0')).toHaveText(maskedHead)
  await page.getByTestId('member-id-0-toggle').click()
  await expect(page.getByTestId('member-id-0')).toHaveText(head)
  await expect(page).not.toHaveTitle(new RegExp(head))
  await screenshot(page, 'case-applied')
  await logout(page)

  // 2. The township accepts the application and records the survey.
  await login(page, 'township-dh')
  await openTask(page, caseId, '受理', 'inbox-township')
  await page.getByTestId('decision-accept').click()
  await screenshot(page, 'task-accept')
  await submitTask(page, '受理')

  await openTask(page, caseId, '入户调查')
  await page.getByTestId('decision-pass').click()
  await page.getByTestId('investigator-0').fill('王东河')
  await page.getByTestId('investigator-1').fill('李调查')
  await page.getByTestId('task-findings').fill('家中无高档消费品，收入与申报一致')
  await screenshot(page, 'task-survey')
  await submitTask(page, '入户调查')

  const done = (await (await page.request.get('/api/tasks?scope=done')).json()) as Array<{
    caseId: number
    processInstanceId: string
  }>
  const processInstanceId = done.find((task) => String(task.caseId) === caseId)?.processInstanceId
  expect(processInstanceId).toBeTruthy()
  await page.goto(`/cases/${caseId}`)
  await expect(page.getByTestId('case-status')).toHaveText('公示中')
  await expect(page.getByTestId('case-notices')).toContainText('初审公示')
  await screenshot(page, 'case-on-notice')
  await logout(page)

  // 3. The seven days of the notice pass (fired through the engine, as a supervisor would).
  await fireNoticeTimer(baseURL as string, processInstanceId as string)

  // 4. The village records the representative review.
  await login(page, 'village-dh1')
  await openTask(page, caseId, '民主评议')
  await page.getByTestId('review-attendees').locator('input').fill('9')
  await page.getByTestId('review-residents').locator('input').fill('7')
  for (const item of ['MEMBERS', 'INCOME', 'ASSETS', 'SUPPORTERS']) {
    await page.getByTestId(`review-${item}-true`).click()
  }
  await expect(page.getByTestId('review-outcome')).toContainText('评议通过')
  await screenshot(page, 'task-review')
  await submitTask(page, '民主评议')
  await logout(page)

  // 5. The township audits.
  await login(page, 'township-dh')
  await openTask(page, caseId, '乡镇审核')
  await expect(page.getByTestId('assessment-amount')).toContainText('865.00')
  await page.getByTestId('decision-approve').click()
  await screenshot(page, 'task-township-audit')
  await submitTask(page, '乡镇审核')
  await logout(page)

  // 6. The county approves.
  await login(page, 'county')
  await openTask(page, caseId, '县级审批')
  await page.getByTestId('decision-approve').click()
  await screenshot(page, 'task-county-approval')
  await submitTask(page, '县级审批')

  // The case now receives the allowance, with all four notices and the finished diagram.
  await sideMenu(page).getByText('案件列表').click()
  const caseRow = page.locator('.el-table__row', {
    has: page.getByRole('link', { name: caseId, exact: true }),
  })
  await expect(caseRow).toContainText('已纳入保障')
  await screenshot(page, 'case-list')
  await caseRow.getByRole('link', { name: caseId, exact: true }).click()
  await expect(page.getByTestId('case-status')).toHaveText('已纳入保障')
  await expect(page.getByTestId('case-monthly-amount')).toContainText('865.00')
  const notices = page.getByTestId('case-notices').locator('.el-table__row')
  await expect(notices).toHaveCount(4)
  for (const kind of ['初审公示', '评议结果公示', '审核结果公示', '审批结果公示']) {
    await expect(page.getByTestId('case-notices')).toContainText(kind)
  }
  const diagram = page.getByTestId('process-diagram')
  await expect(diagram.locator('.djs-element.yg-done').first()).toBeVisible()
  await expect(diagram.locator('[data-element-id="countyApproval"].yg-done')).toHaveCount(1)
  await expect(page.getByTestId('timeline')).toContainText('纳入保障')
  await screenshot(page, 'case-active')
})
