import { OfficerApi, twoPersonHousehold } from './casework'
import { expect, logout, screenshot, signIn, test } from './support'

test('an incomplete application lists its missing items and comes back supplemented', async ({
  page,
  baseURL,
}) => {
  const household = twoPersonHousehold()
  const village = await OfficerApi.login(baseURL as string, 'village-dh1')
  const caseId = await village.apply(household.body)
  await village.dispose()

  // The township lists every missing item at once.
  await signIn(page, 'township-dh')
  await page.goto(`/cases/${caseId}`)
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('受理')
  await page.getByTestId('decision-incomplete').click()
  await page.getByTestId('task-submit').click()
  const items = page.locator('.el-form-item', { has: page.getByTestId('task-missing-items') })
  await expect(items.locator('.el-form-item__error')).toContainText('请逐行列出缺少的材料')
  await page.getByTestId('task-missing-items').fill('户口簿复印件\n村委会出具的收入证明')
  await screenshot(page, 'task-accept-incomplete')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)
  await page.goto(`/cases/${caseId}`)
  await expect(page.getByTestId('case-documents')).toContainText('材料补正一次性告知书')
  await expect(page.getByTestId('timeline')).toContainText('村委会出具的收入证明')
  await logout(page)

  // The village supplements: the same household form, filled from the case.
  await signIn(page, 'village-dh1')
  await page.goto(`/cases/${caseId}`)
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('补正材料')
  await expect(page.getByText('户口簿复印件')).toBeVisible()
  await expect(page.getByTestId('member-0-name')).toHaveValue(household.headName)
  await expect(page.getByTestId('income-0-amount')).toHaveValue('500.00')
  await page.getByTestId('member-1-id').fill(household.child.slice(0, 17))
  await page.getByTestId('task-submit').click()
  const childId = page.locator('.el-form-item', { has: page.getByTestId('member-1-id') })
  await expect(childId.locator('.el-form-item__error')).toContainText('身份证号码应为 18 位')
  await page.getByTestId('member-1-id').fill(household.child)
  await page.getByTestId('household-address').fill('东河村3组12号（补正）')
  await screenshot(page, 'task-supplement')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)
  await expect(page.getByText('“补正材料”已办理')).toBeVisible()

  await page.goto(`/cases/${caseId}`)
  await expect(page.getByText('东河村3组12号（补正）')).toBeVisible()
  await expect(page.getByTestId('open-tasks')).toContainText('受理')
})
