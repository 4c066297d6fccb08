import { expect, fillOfficerDialog, login, logout, screenshot, test, uniqueName } from './support'

test('the administrator creates an officer who can then sign in', async ({ page }) => {
  const username = uniqueName('e2e')
  const goodPassword = 'Brightday#2026'

  await login(page, 'admin')
  await expect(page).toHaveURL(/\/admin\/officers$/)
  const dialog = await fillOfficerDialog(page, {
    username,
    displayName: '测试专干',
    roleLabel: '村(居)低保专干',
    region: '柳树村',
    password: 'weak',
  })

  const passwordItem = dialog.locator('.el-form-item', { has: page.getByTestId('officer-password') })
  await expect(passwordItem.locator('.el-form-item__error')).toContainText('密码至少 8 位')
  await expect(dialog).toBeVisible()
  await screenshot(page, 'officer-weak-password')

  await dialog.getByTestId('officer-password').fill(goodPassword)
  await dialog.getByTestId('officer-save').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(`用户 ${username} 已创建`)).toBeVisible()
  const row = page.locator('.el-table__row', { hasText: username })
  await expect(row).toContainText('测试专干')
  await expect(row).toContainText('柳树村')
  await screenshot(page, 'officer-created')
  await logout(page)

  await login(page, username, goodPassword)
  await expect(page).toHaveURL(/\/inbox$/)
  await expect(page.getByTestId('officer-name')).toHaveText('测试专干')
  await expect(page.getByTestId('officer-meta')).toContainText('柳树村')
  await expect(page.getByTestId('inbox-empty')).toContainText('暂无待办任务')
  await screenshot(page, 'officer-new-signed-in')
})

test('a taken username is reported at the username field', async ({ page }) => {
  await login(page, 'admin')
  const dialog = await fillOfficerDialog(page, {
    username: 'county',
    displayName: '重名测试',
    roleLabel: '县级民政局',
    region: '阳光县',
    password: 'Brightday#2026',
  })
  const usernameItem = dialog.locator('.el-form-item', { has: page.getByTestId('officer-username') })
  await expect(usernameItem.locator('.el-form-item__error')).toContainText('用户名 county 已被使用')
})

test('the administrator unlocks an officer locked by failed logins', async ({ page }) => {
  const username = uniqueName('e2e-lock')
  const password = 'Lockedout#2026'

  await login(page, 'admin')
  await expect(
    await fillOfficerDialog(page, {
      username,
      displayName: '锁定测试',
      roleLabel: '纪委监委',
      region: '阳光县',
      password,
    }),
  ).toBeHidden()
  await logout(page)

  for (let attempt = 0; attempt < 5; attempt++) {
    await login(page, username, 'Wrong#password1')
    await expect(page.getByTestId('login-error')).toBeVisible()
  }
  await login(page, username, password)
  await expect(page.getByTestId('login-error')).toContainText('账户已锁定')
  await screenshot(page, 'login-locked')

  await login(page, 'admin')
  const row = page.locator('.el-table__row', { hasText: username })
  await expect(row).toContainText('已锁定')
  await row.getByRole('button', { name: '解锁' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('用户已解锁')).toBeVisible()
  await expect(page.locator('.el-table__row', { hasText: username })).not.toContainText('已锁定')
  await logout(page)

  await login(page, username, password)
  await expect(page.getByTestId('officer-name')).toHaveText('锁定测试')
})
