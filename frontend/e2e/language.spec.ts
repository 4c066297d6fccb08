import { OfficerApi, twoPersonHousehold } from './casework'
import { expect, login, screenshot, test } from './support'

test('the language switch turns the UI into English and back', async ({ page }) => {
  await login(page, 'supervisor')
  await expect(page.getByTestId('side-menu')).toContainText('我的待办')

  await page.getByTestId('language-switch').click()
  await page.getByTestId('language-en-US').click()
  await expect(page.getByTestId('side-menu')).toContainText('My tasks')
  await expect(page.getByTestId('side-menu')).toContainText('Processes')
  await expect(page.getByTestId('officer-meta')).toContainText('Supervisor')
  await expect(page.getByRole('tab', { name: 'To do' })).toBeVisible()
  await expect(page.getByTestId('inbox-empty')).toContainText('No tasks to do')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
  await screenshot(page, 'supervisor-english')

  // The choice survives a reload.
  await page.reload()
  await expect(page.getByTestId('side-menu')).toContainText('My tasks')

  await page.getByTestId('language-switch').click()
  await page.getByTestId('language-zh-CN').click()
  await expect(page.getByTestId('side-menu')).toContainText('我的待办')
  await expect(page.getByTestId('officer-meta')).toContainText('业务主管')
  await expect(page.getByTestId('inbox-empty')).toContainText('暂无待办任务')
})

test('the server answers in English when the UI is in English', async ({ page }) => {
  await page.goto('/login')
  await page.getByTestId('language-switch').click()
  await page.getByTestId('language-en-US').click()
  await expect(page.getByTestId('login-submit')).toHaveText('Sign in')
  await page.getByLabel('Username').fill('inspector')
  await page.getByLabel('Password').fill('wrong-password')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('login-error')).toContainText('Wrong username or password')
  await screenshot(page, 'login-english')
})

test('the administration pages read well in English', async ({ page }) => {
  await login(page, 'admin')
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible()
  await page.getByTestId('language-switch').click()
  await page.getByTestId('language-en-US').click()
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible()
  await expect(page.locator('.el-table__row', { hasText: 'township-dh' })).toContainText(
    'Township civil affairs office',
  )
  await screenshot(page, 'admin-officers-english')

  await page.getByTestId('officer-create').click()
  await expect(page.getByRole('dialog', { name: 'New user' })).toBeVisible()
  await screenshot(page, 'admin-officer-dialog-english')
  await page.getByRole('dialog', { name: 'New user' }).getByRole('button', { name: 'Cancel' }).click()

  await page.getByTestId('side-menu').getByText('Regions').click()
  await expect(page.getByRole('heading', { name: 'Regions' })).toBeVisible()
  await expect(page.locator('.el-table__row', { hasText: '511999101003' })).toContainText('Community')
  await screenshot(page, 'admin-regions-english')
})

test('the case page reads well in English', async ({ page, baseURL }) => {
  const village = await OfficerApi.login(baseURL as string, 'village-dh1')
  const caseId = await village.apply(twoPersonHousehold().body)
  await village.dispose()

  await login(page, 'village-dh1')
  await expect(page.getByTestId('officer-name')).toBeVisible()
  await page.getByTestId('language-switch').click()
  await page.getByTestId('language-en-US').click()
  await page.goto(`/cases/${caseId}`)
  await expect(page.getByRole('heading', { name: `Case ${caseId}` })).toBeVisible()
  await expect(page.getByTestId('case-status')).toHaveText('Applied')
  await expect(page.getByText('Allowance assessment')).toBeVisible()
  await expect(page.getByTestId('members')).toContainText('Head of household')
  await screenshot(page, 'case-english')

  await page.getByTestId('side-menu').getByText('New application').click()
  await expect(page.getByRole('heading', { name: 'New application' })).toBeVisible()
  await screenshot(page, 'application-form-english')
})
