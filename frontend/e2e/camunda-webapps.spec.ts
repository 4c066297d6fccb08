import type { Page } from '@playwright/test'
import { expect, PASSWORD, screenshot, signIn, test } from './support'

/** Camunda's own login form of one webapp (it has no labels, only placeholders). */
async function camundaLogin(page: Page, username: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Username' }).fill(username)
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
}

const LOGIN_FAILED = 'Login Failed'

/**
 * Camunda serves each webapp's plugins through a REST application that starts on its first
 * request; on a freshly started, busy test server that can outlast the 7 seconds the webapp
 * waits for its plugin script. The scripts are fetched once before the browser needs them.
 */
test.beforeEach(async ({ request }) => {
  for (const app of ['cockpit', 'tasklist', 'admin']) {
    const plugin = await request.get(`/camunda/api/${app}/plugin/${app}Plugins/static/app/plugin.js`, {
      timeout: 60_000,
    })
    expect(plugin.status(), app).toBe(200)
  }
})

test('the supervisor opens Cockpit from the menu and logs in with the same account', async ({ page }) => {
  // Signed into the application first, so that its own CSRF cookie is there as for every officer.
  await signIn(page, 'supervisor')
  const opened = page.waitForEvent('popup')
  await page.getByTestId('menu-cockpit').click()
  const cockpit = await opened
  await expect(cockpit.getByRole('textbox', { name: 'Username' })).toBeVisible({ timeout: 30_000 })
  await camundaLogin(cockpit, 'supervisor')
  await expect(cockpit).toHaveURL(/#\/dashboard/)
  await expect(cockpit.getByText('Running Process Instances')).toBeVisible()
  await expect(cockpit.getByText('Open Incidents')).toBeVisible()
  await expect(cockpit.getByText(LOGIN_FAILED)).toHaveCount(0)
  await screenshot(cockpit, 'cockpit-dashboard')
  await cockpit.close()
})

test('a village officer is refused by Cockpit', async ({ page }) => {
  await signIn(page, 'village-dh1')
  await page.goto('/camunda/app/cockpit/default/')
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible({ timeout: 30_000 })
  const refused = page.waitForResponse((r) => r.url().endsWith('/login/cockpit'))
  await camundaLogin(page, 'village-dh1')
  expect((await refused).status()).toBe(403)
  await expect(page.getByText(LOGIN_FAILED)).toBeVisible()
  await expect(page).toHaveURL(/#\/login/)
  await expect(page.getByText('Running Process Instances')).toHaveCount(0)
  await screenshot(page, 'cockpit-refused')
})

test('the administrator reads users and grants in Admin but is refused by Cockpit', async ({ page }) => {
  await signIn(page, 'admin')
  await expect(page.getByTestId('menu-camundaAdmin')).toHaveAttribute('href', '/camunda/app/admin/default/')
  await page.goto('/camunda/app/admin/default/')
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible({ timeout: 30_000 })
  await camundaLogin(page, 'admin')
  await expect(page.getByText('List of Users')).toBeVisible()
  await page.goto('/camunda/app/admin/default/#/users')
  await expect(page.getByRole('link', { name: 'village-dh1' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'supervisor', exact: true })).toBeVisible()
  await screenshot(page, 'camunda-admin-users')

  // Signed in to Camunda, but without the grant of Cockpit: Camunda refuses its pages.
  const cockpit = await page.goto('/camunda/app/cockpit/default/')
  expect(cockpit?.status()).toBe(403)
  await expect(page.getByText('Running Process Instances')).toHaveCount(0)
})
