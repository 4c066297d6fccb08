import { readFileSync } from 'node:fs'
import { caseInProgress } from './casework'
import { expect, screenshot, sideMenu, signIn, test } from './support'

test('the inspector follows a case through the trail, verifies the chain and exports the dossier', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000)
  // A case created through the API and taken past its notice, whose timer the supervisor fired
  // early: that is the SHORT_NOTICE red flag.
  const inReview = await caseInProgress(baseURL as string, { audited: false })
  const { caseId, head } = inReview
  const maskedHead = `${head.slice(0, 6)}********${head.slice(-4)}`

  await signIn(page, 'inspector')
  await expect(page).toHaveURL(/\/audit\/events$/)

  // The events of the case, with who did what.
  await page.getByTestId('audit-filter-case').fill(caseId)
  await page.getByTestId('audit-search').click()
  const table = page.getByTestId('audit-table')
  const rows = table.locator('.el-table__row')
  await expect(rows.filter({ hasText: '提交申请' }).filter({ hasText: 'village-dh1' })).toHaveCount(1)
  await expect(rows.filter({ hasText: '办理环节' }).filter({ hasText: 'township-dh' }).first()).toBeVisible()
  await expect(rows.filter({ hasText: 'decision=accept' })).toHaveCount(1)
  await expect(rows.filter({ hasText: '发布公示' }).first()).toBeVisible()
  // Every row belongs to the case.
  const caseCells = table.locator('.el-table__row .case-link')
  await expect(caseCells.first()).toHaveText(caseId)
  expect(new Set(await caseCells.allTextContents()).size).toBe(1)
  await expect(page.getByTestId('audit-count')).toHaveText(/^共 \d+ 条$/)

  // The chain is intact.
  await page.getByTestId('chain-verify').click()
  const result = page.getByTestId('chain-result')
  await expect(result).toContainText('审计链完整')
  await expect(result).toContainText(/已校验 [1-9]\d* 条记录/)
  await screenshot(page, 'audit-events')

  // The dossier: the case and its household, ID numbers masked.
  await caseCells.first().click()
  await expect(page).toHaveURL(new RegExp(`/audit/cases/${caseId}$`))
  await expect(page.getByTestId('dossier-heading')).toHaveText(`案件 ${caseId} 审计档案`)
  const timeline = page.getByTestId('dossier-timeline')
  await expect(timeline).toContainText('登记家庭')
  await expect(timeline).toContainText('提交申请')
  await expect(timeline).toContainText('流程定时任务执行')
  await expect(timeline).toContainText(maskedHead)
  await expect(page.locator('body')).not.toContainText(head)
  // The case's path through the process diagram: steps done, and the one it waits at.
  const diagram = page.getByTestId('dossier-diagram').getByTestId('process-diagram')
  await expect(diagram.locator('[data-element-id="survey"].yg-done')).toBeVisible()
  await expect(diagram.locator('.djs-element.yg-active')).toHaveCount(1)
  await screenshot(page, 'audit-dossier')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('dossier-export').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  const bytes = readFileSync(await download.path())
  expect(bytes.length).toBeGreaterThan(0)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')

  // The export itself is on the record.
  await sideMenu(page).getByText('审计记录').click()
  await page.getByTestId('audit-filter-actor').fill('inspector')
  await page.getByTestId('audit-search').click()
  await expect(
    page.getByTestId('audit-table').locator('.el-table__row', { hasText: '导出数据' }).first(),
  ).toBeVisible()

  // The red flag of the short notice, linking to the case.
  await sideMenu(page).getByText('风险提示').click()
  const flag = page
    .getByTestId('flag-table')
    .locator('.el-table__row', { has: page.getByTestId(`flag-case-${caseId}`) })
    .filter({ hasText: '公示期不足' })
  await expect(flag).toHaveCount(1)
  await screenshot(page, 'audit-flags')
  await flag.getByTestId(`flag-case-${caseId}`).click()

  // The case page: the open step is shown, but the inspector gets no button to act on it.
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}$`))
  await expect(page.getByTestId('open-tasks')).toContainText('乡镇审核')
  await expect(page.getByTestId('case-dossier')).toBeVisible()
  await expect(page.getByTestId('case-handle')).toHaveCount(0)
  await expect(page.getByRole('button', { name: '办理' })).toHaveCount(0)
  await screenshot(page, 'audit-case-read-only')
})

test('other officers cannot open the audit pages', async ({ page }) => {
  await signIn(page, 'county')
  await expect(sideMenu(page).getByText('审计记录')).toHaveCount(0)
  await page.goto('/audit/events')
  await expect(page.getByText('抱歉，您的角色无权访问此页面')).toBeVisible()
  const answer = await page.request.get('/api/audit/events')
  expect(answer.status()).toBe(403)
})
