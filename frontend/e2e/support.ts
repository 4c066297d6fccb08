import { test as base, expect, type Locator, type Page } from '@playwright/test'

export const PASSWORD = 'Sunshine#2026'

export const SCREENSHOTS = 'test-results/screenshots'

/**
 * The Playwright test, failing any test whose page threw an uncaught error or broke the
 * Content-Security-Policy of the server.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
          problems.push(`CSP: ${message.text()}`)
        }
      })
      await use(problems)
      expect(problems, 'errors in the browser').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Lets the signed-in layout grow with its content, so that a full-page picture shows all of it. */
const UNSCROLL = `
  html, body, #app, .layout { height: auto !important; min-height: 100% !important; }
  .layout > .body { min-height: calc(100vh - var(--yg-header-height)); }
  .main { overflow: visible !important; }
  .yg-sticky-actions { position: static !important; }
`

export async function screenshot(page: Page, name: string): Promise<void> {
  // Let transitions and messages settle so the picture shows the page as a person sees it.
  await page.waitForTimeout(400)
  const style = await page.addStyleTag({ content: UNSCROLL })
  try {
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
  } finally {
    await style.evaluate((element) => (element as Element).remove())
  }
}

export async function login(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  await page.getByTestId('login-submit').click()
}

/** Signs in and waits until the signed-in layout shows, so that the next navigation has the session. */
export async function signIn(page: Page, username: string): Promise<void> {
  await login(page, username)
  await expect(page.getByTestId('officer-name')).toBeVisible()
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click()
  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByTestId('login-submit')).toBeVisible()
}

export function sideMenu(page: Page): Locator {
  return page.getByTestId('side-menu')
}

/** Picks an option of an Element Plus select or tree select of the dialog. */
export async function choose(page: Page, dialog: Locator, testId: string, option: string): Promise<void> {
  await dialog.getByTestId(testId).click()
  await page
    .locator('.el-select-dropdown__item:visible, .el-tree-node__content:visible', { hasText: option })
    .first()
    .click()
}

export interface NewOfficer {
  username: string
  displayName: string
  roleLabel: string
  region: string
  password: string
}

/** Fills and saves the create dialog of the officers page, where the administrator is. */
export async function fillOfficerDialog(page: Page, officer: NewOfficer): Promise<Locator> {
  await page.getByTestId('officer-create').click()
  const dialog = page.getByRole('dialog', { name: '新建用户' })
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('officer-username').fill(officer.username)
  await dialog.getByTestId('officer-display-name').fill(officer.displayName)
  await choose(page, dialog, 'officer-role', officer.roleLabel)
  await choose(page, dialog, 'officer-region', officer.region)
  await dialog.getByTestId('officer-password').fill(officer.password)
  await dialog.getByTestId('officer-save').click()
  return dialog
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`
}
