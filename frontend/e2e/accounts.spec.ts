import { expect, login, logout, screenshot, sideMenu, test } from './support'

interface Account {
  username: string
  displayName: string
  roleLabel: string
  region: string
}

const accounts: Account[] = [
  { username: 'county', displayName: '刘建国', roleLabel: '县级民政局', region: '阳光县' },
  { username: 'township-dh', displayName: '王东河', roleLabel: '乡镇(街道)民政办', region: '东河镇' },
  { username: 'township-xs', displayName: '李西山', roleLabel: '乡镇(街道)民政办', region: '西山乡' },
  { username: 'village-dh1', displayName: '张东梅', roleLabel: '村(居)低保专干', region: '东河村' },
  { username: 'village-dh2', displayName: '赵柳生', roleLabel: '村(居)低保专干', region: '柳树村' },
  { username: 'village-dh3', displayName: '孙新华', roleLabel: '村(居)低保专干', region: '新街社区' },
  { username: 'village-xs1', displayName: '周西林', roleLabel: '村(居)低保专干', region: '西山村' },
  { username: 'village-xs2', displayName: '吴石磊', roleLabel: '村(居)低保专干', region: '石桥村' },
  { username: 'village-xs3', displayName: '郑南平', roleLabel: '村(居)低保专干', region: '南坪村' },
  { username: 'supervisor', displayName: '钱主管', roleLabel: '业务主管', region: '阳光县' },
  { username: 'inspector', displayName: '冯纪检', roleLabel: '纪委监委', region: '阳光县' },
  { username: 'admin', displayName: '系统管理员', roleLabel: '系统管理员', region: '阳光县' },
]

for (const account of accounts) {
  test(`${account.username} signs in and sees the menu of the role`, async ({ page }) => {
    await login(page, account.username)

    await expect(page.getByTestId('officer-name')).toHaveText(account.displayName)
    await expect(page.getByTestId('officer-meta')).toContainText(account.roleLabel)
    await expect(page.getByTestId('officer-meta')).toContainText(account.region)

    const menu = sideMenu(page)
    if (account.username === 'admin') {
      await expect(page).toHaveURL(/\/admin\/officers$/)
      await expect(menu.getByText('用户管理')).toBeVisible()
      await expect(menu.getByText('区划管理')).toBeVisible()
      await expect(menu.getByText('我的待办')).toHaveCount(0)
      await expect(menu.getByText('流程管理')).toHaveCount(0)
      await expect(page.getByRole('cell', { name: 'village-xs3' })).toBeVisible()
    } else if (account.username === 'inspector') {
      // Reads everything, changes nothing: the audit trail instead of a task inbox.
      await expect(page).toHaveURL(/\/audit\/events$/)
      await expect(menu.getByText('审计记录')).toBeVisible()
      await expect(menu.getByText('风险提示')).toBeVisible()
      await expect(menu.getByText('案件列表')).toBeVisible()
      await expect(menu.getByText('我的待办')).toHaveCount(0)
      await expect(menu.getByText('新增申请')).toHaveCount(0)
      await expect(menu.getByText('用户管理')).toHaveCount(0)
      await expect(page.getByRole('heading', { name: '审计记录' })).toBeVisible()
    } else {
      await expect(page).toHaveURL(/\/inbox$/)
      await expect(menu.getByText('我的待办')).toBeVisible()
      await expect(menu.getByText('用户管理')).toHaveCount(0)
      await expect(menu.getByText('区划管理')).toHaveCount(0)
      await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible()
      await expect(page.getByTestId('inbox-tabs')).toBeVisible()
      if (account.username === 'supervisor') {
        const cockpit = page.getByTestId('menu-cockpit')
        await expect(cockpit).toBeVisible()
        await expect(cockpit).toContainText('流程管理')
        await expect(cockpit).toHaveAttribute('href', '/camunda/app/cockpit/default/')
        await expect(cockpit).toHaveAttribute('target', '_blank')
      } else {
        await expect(menu.getByText('流程管理')).toHaveCount(0)
      }
    }

    await screenshot(page, account.username)
    await logout(page)
  })
}

test('a signed-out visitor is sent to the login page and back after signing in', async ({ page }) => {
  await page.goto('/admin/regions')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await page.getByLabel('用户名').fill('admin')
  await page.getByLabel('密码').fill('Sunshine#2026')
  await page.getByTestId('login-submit').click()
  await expect(page).toHaveURL(/\/admin\/regions$/)
  await expect(page.getByRole('cell', { name: '新街社区' })).toBeVisible()
  await screenshot(page, 'admin-regions')
})

test('an officer without the role gets the forbidden page', async ({ page }) => {
  await login(page, 'village-dh1')
  await expect(page).toHaveURL(/\/inbox$/)
  await page.goto('/admin/officers')
  await expect(page.getByText('抱歉，您的角色无权访问此页面')).toBeVisible()
  await screenshot(page, 'forbidden')
})
