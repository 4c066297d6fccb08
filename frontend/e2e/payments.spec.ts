import { readFileSync } from 'node:fs'
import { enrolledHousehold, nextMonthInChina } from './casework'
import { expect, screenshot, sideMenu, signIn, test } from './support'

test('the county pays next month, sees the enrolled household once, and downloads the bank file', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const household = await enrolledHousehold(baseURL as string)
  const month = nextMonthInChina()

  await signIn(page, 'county')
  await sideMenu(page).getByText('保障金发放').click()
  await expect(page.getByRole('heading', { name: '保障金发放' })).toBeVisible()
  const picker = page
    .getByTestId('payment-month')
    .locator('input')
    .or(page.locator('input[placeholder="发放月份"]'))
  await picker.first().fill(month)
  await picker.first().press('Enter')
  await page.getByTestId('payment-start').click()
  await expect(page.locator('.el-message--success')).toContainText(`${month} 发放清单已生成`)

  const run = page.getByTestId('payment-runs').locator('.el-table__row', { hasText: month })
  await expect(run).toContainText('已完成')
  const lines = page.getByTestId('payment-lines')
  const link = lines.getByRole('link', { name: household.householdId, exact: true })
  await expect(link).toHaveCount(1)
  const line = lines
    .locator('.el-table__row')
    .filter({ has: page.getByRole('link', { name: household.householdId, exact: true }) })
  await expect(line).toContainText(/\d+\.\d{2}/)
  await screenshot(page, 'payments')

  // The same month again is the same list: nothing is paid twice.
  const households = await run.locator('td').nth(2).innerText()
  await page.getByTestId('payment-start').click()
  await expect(page.locator('.el-message--info')).toContainText('未重复生成')
  await expect(page.getByTestId('payment-runs').locator('.el-table__row', { hasText: month })).toHaveCount(1)
  await expect(run.locator('td').nth(2)).toHaveText(households)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    run.getByTestId('payment-bank-file').click(),
  ])
  expect(download.suggestedFilename()).toBe(`payments-${month}.xlsx`)
  const bytes = readFileSync(await download.path())
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
})
