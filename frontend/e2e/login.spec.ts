import { expect, login, screenshot, test } from './support'

test('a wrong password shows the message of the server', async ({ page }) => {
  await login(page, 'county', 'not-the-password')
  await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误')
  await expect(page).toHaveURL(/\/login/)
  await screenshot(page, 'login-wrong-password')
})

test('the login page asks for both fields before calling the server', async ({ page }) => {
  await page.goto('/login')
  await page.getByTestId('login-submit').click()
  await expect(page.getByText('请输入用户名', { exact: true }).last()).toBeVisible()
  await expect(page.getByTestId('login-error')).toHaveCount(0)
})
