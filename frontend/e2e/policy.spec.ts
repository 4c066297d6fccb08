import { typeDate } from './casework'
import { expect, logout, screenshot, sideMenu, signIn, test } from './support'

test('the administrator adds, changes and removes a holiday', async ({ page }) => {
  await signIn(page, 'admin')
  await sideMenu(page).getByText('节假日管理').click()
  await expect(page.getByRole('heading', { name: '节假日管理' })).toBeVisible()
  const year = Number(await page.getByTestId('calendar-year').textContent())
  await page.getByRole('button', { name: String(year + 1) }).click()
  await expect(page.getByTestId('calendar-year')).toHaveText(String(year + 1))

  const day = `${year + 1}-03-18`
  await page.getByTestId('calendar-add').click()
  const dialog = page.getByTestId('calendar-dialog')
  await typeDate(page, 'calendar-day', day)
  await dialog.getByTestId('calendar-name').fill('测试纪念日')
  await screenshot(page, 'calendar-dialog')
  await dialog.getByTestId('calendar-save').click()
  await expect(page.getByText(`已保存 ${day}`)).toBeVisible()
  const row = page.locator('.el-table__row', { hasText: day })
  await expect(row).toContainText('节假日')
  await expect(row).toContainText('测试纪念日')
  await screenshot(page, 'calendar')

  // A weekday cannot be a make-up working day: the server says so at the field.
  await row.getByRole('button', { name: '修改' }).click()
  await dialog.getByText('调休上班').click()
  await dialog.getByTestId('calendar-save').click()
  await expect(dialog.locator('.el-form-item__error')).toContainText('不能设为调休上班日')
  await screenshot(page, 'calendar-workday-refused')
  await dialog.getByText('节假日', { exact: true }).click()
  await dialog.getByTestId('calendar-name').fill('测试纪念日（调整）')
  await dialog.getByTestId('calendar-save').click()
  await expect(row).toContainText('测试纪念日（调整）')

  await page.getByTestId(`calendar-remove-${day}`).click()
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click()
  await expect(page.getByText(`已删除 ${day}`)).toBeVisible()
  await expect(page.locator('.el-table__row', { hasText: day })).toHaveCount(0)
})

test('the county adds a standard for next year that the others can read', async ({ page }) => {
  const next = new Date().getFullYear() + 1
  await signIn(page, 'county')
  await sideMenu(page).getByText('保障标准').click()
  await expect(page.getByRole('heading', { name: '保障标准' })).toBeVisible()
  await expect(page.getByTestId('standards-table')).toContainText('650.00')
  await page.getByTestId('standard-add').click()
  const dialog = page.getByTestId('standard-dialog')
  await dialog.getByText('农村').click()
  await dialog.getByTestId('standard-amount').fill('700')
  await typeDate(page, 'standard-valid-from', `${next}-01-01`)
  await screenshot(page, 'standard-dialog')
  await dialog.getByTestId('standard-save').click()
  await expect(page.getByText('已新增农村保障标准 700.00 元')).toBeVisible()
  const added = page.locator('.el-table__row', { hasText: `${next}-01-01` }).filter({ hasText: '700.00' })
  await expect(added).toContainText('待执行')
  await expect(page.locator('.el-table__row', { hasText: '650.00' })).toContainText(`${next - 1}-12-31`)
  await screenshot(page, 'standards')

  await logout(page)
  await signIn(page, 'township-dh')
  await sideMenu(page).getByText('保障标准').click()
  await expect(page.getByTestId('standards-table')).toContainText('700.00')
  await expect(page.getByTestId('standard-add')).toHaveCount(0)
  await expect(page.getByText('仅县级民政局可调整保障标准')).toBeVisible()
})
