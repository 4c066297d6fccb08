import { caseInProgress, twoPersonHousehold } from './casework'
import { expect, screenshot, signIn, test } from './support'

test('the county refuses with a written opinion and the case shows the refusal letter', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const awaiting = await caseInProgress(baseURL as string, { audited: true })

  await signIn(page, 'county')
  await page.goto(`/cases/${awaiting.caseId}`)
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('县级审批')
  await page.getByTestId('decision-reject').click()
  await page.getByTestId('task-submit').click()
  const opinion = page.locator('.el-form-item', { has: page.getByTestId('task-opinion') })
  await expect(opinion.locator('.el-form-item__error')).toContainText('请填写书面意见')
  await page.getByTestId('task-opinion').fill('经县级复核，该户存在未申报的经营收入，不符合保障条件。')
  await screenshot(page, 'task-county-refusal')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)

  await page.goto(`/cases/${awaiting.caseId}`)
  await expect(page.getByTestId('case-status')).toHaveText('未予纳入')
  const letter = page.getByTestId('document-REFUSAL_NOTICE')
  await expect(letter).toBeVisible()
  await expect(page.getByTestId('case-documents')).toContainText('不予批准告知书')
  await expect(page.getByTestId('timeline')).toContainText('经县级复核，该户存在未申报的经营收入')
  const href = await letter.getAttribute('href')
  expect(href).toMatch(new RegExp(`/api/cases/${awaiting.caseId}/documents/\\d+$`))
  const download = await page.request.get(href as string)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toContain('wordprocessingml')
  await screenshot(page, 'case-refused')
})

test('the township cannot approve a household the rules find ineligible and sees why', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const household = twoPersonHousehold()
  household.body.incomes[0].monthlyAmount = '2500.00'
  const inReview = await caseInProgress(baseURL as string, { audited: false, household })

  await signIn(page, 'township-dh')
  await page.goto(`/cases/${inReview.caseId}`)
  await expect(page.getByTestId('case-flags')).toContainText('测算不符合条件')
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('乡镇审核')
  await expect(page.getByTestId('assessment')).toContainText('不符合保障条件')
  await page.getByTestId('decision-approve').click()
  await page.getByTestId('task-submit').click()
  await expect(page.getByTestId('task-error')).toContainText('不符合保障条件，不能同意或批准')
  const decision = page.locator('.el-form-item', { has: page.getByTestId('decision-approve') })
  await expect(decision.locator('.el-form-item__error')).not.toBeEmpty()
  await screenshot(page, 'task-audit-ineligible')

  await page.getByTestId('decision-reject').click()
  await page.getByTestId('task-opinion').fill('人均收入高于当地保障标准，不符合条件。')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)
})
