import { enrolledHousehold, pick } from './casework'
import { expect, screenshot, sideMenu, signIn, test, uniqueName } from './support'

/** A day some weeks ahead in China, as yyyy-MM-dd. */
function deadlineInChina(): string {
  const day = new Date(Date.now() + 30 * 24 * 3600 * 1000)
  return day.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
}

test('the county starts a campaign over 东河镇, watches it reach 100% and reads its report', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000)
  await enrolledHousehold(baseURL as string)
  const name = uniqueName('专项核查')

  await signIn(page, 'county')
  await sideMenu(page).getByText('专项核查').click()
  await expect(page.getByRole('heading', { name: '专项核查', exact: true })).toBeVisible()
  await page.getByTestId('campaign-new').click()
  const dialog = page.getByRole('dialog', { name: '发起专项核查' })
  await expect(dialog).toBeVisible()

  // Nothing filled: every field says what is missing, nothing is started.
  await dialog.getByTestId('campaign-submit').click()
  await expect(dialog).toContainText('请填写核查名称')
  await expect(dialog).toContainText('请至少选择一个乡镇（街道）')

  await dialog.getByTestId('campaign-name').fill(name)
  await pick(page, 'campaign-townships', '东河镇')
  // A multiple select stays open: a click on the dialog's title closes it.
  await dialog.locator('.el-dialog__title').click()
  await expect(dialog.getByTestId('campaign-townships')).toContainText('东河镇')
  const deadline = dialog.getByPlaceholder('截止日期')
  await deadline.fill(deadlineInChina())
  await deadline.press('Enter')
  await dialog.getByTestId('campaign-submit').click()
  await expect(page.locator('.el-message--success')).toContainText(`专项核查「${name}」已发起`)
  await expect(dialog).toBeHidden()

  const row = page.getByTestId('campaigns').locator('.el-table__row', { hasText: name })
  await expect(row).toContainText('东河镇')
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 })
  await expect(row).toContainText('已完成')
  await expect(row).toContainText(/已处理 (\d+) \/ \1 户/)

  await row.click()
  const report = page.getByTestId('campaign-report')
  await expect(report).toContainText('核查报告')
  await expect(report).toContainText(name)
  await expect(report.getByTestId('campaign-cancellation-rate')).toHaveText('0.00%')
  await expect(report).toContainText('尚无生效的复核结论')
  await screenshot(page, 'campaigns')
})
