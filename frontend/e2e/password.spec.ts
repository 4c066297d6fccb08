import { OfficerApi } from './casework'
import { PASSWORD, expect, login, logout, screenshot, test } from './support'

test('an officer changes the password from the user menu and signs in with the new one', async ({
  page,
  baseURL,
}) => {
  // A fresh officer, so that the demo accounts keep the password the other tests use.
  const username = `pw-${Date.now() % 1_000_000}`
  const admin = await OfficerApi.login(baseURL as string, 'admin')
  const created = await admin.post('/api/admin/officers', {
    username,
    displayName: '改密演示',
    role: 'VILLAGE',
    regionCode: '511999101001',
    password: PASSWORD,
  })
  expect(created.status(), await created.text()).toBe(201)
  await admin.dispose()

  await login(page, username)
  await expect(page.getByTestId('officer-name')).toHaveText('改密演示')
  await page.getByTestId('user-menu').click()
  await page.getByTestId('change-password').click()
  await expect(page).toHaveURL(/\/account\/password$/)
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible()
  await expect(page.getByTestId('password-required')).toHaveCount(0)

  // A wrong current password is refused under its field.
  await page.getByTestId('password-current').fill('Wrong#2026x')
  await page.getByTestId('password-new').fill('Changed#2027')
  await page.getByTestId('password-confirm').fill('Changed#2027')
  await page.getByTestId('password-submit').click()
  await expect(page.getByTestId('password-form').locator('.el-form-item__error')).toContainText(
    '当前密码不正确',
  )

  // The server's rules: a weak password is refused under its field.
  await page.getByTestId('password-current').fill(PASSWORD)
  await page.getByTestId('password-new').fill('simple')
  await page.getByTestId('password-confirm').fill('simple')
  await page.getByTestId('password-submit').click()
  await expect(page.getByTestId('password-form').locator('.el-form-item__error')).toContainText(
    '密码至少 8 位',
  )

  await page.getByTestId('password-new').fill('Changed#2027')
  await page.getByTestId('password-confirm').fill('Changed#2027')
  await page.getByTestId('password-submit').click()
  await expect(page.getByText('密码已修改')).toBeVisible()
  await screenshot(page, 'password-changed')
  await logout(page)

  await login(page, username)
  await expect(page.getByTestId('login-error')).toBeVisible()
  await login(page, username, 'Changed#2027')
  await expect(page.getByTestId('officer-name')).toHaveText('改密演示')
})
