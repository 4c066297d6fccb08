import { readFileSync } from 'node:fs'
import { idNumberAged, uniqueHeadName } from './casework'
import { expect, screenshot, sideMenu, signIn, test } from './support'
import { xlsx } from './xlsx'

const HEADER = [
  '区划代码',
  '户编号',
  '姓名',
  '身份证号',
  '与户主关系',
  '身份类别',
  '残疾等级',
  '重病',
  '月保障金额',
  '起始年月',
]
const VILLAGE = '511999101001'

/** This month in China, as yyyy-MM: a first month the import accepts. */
function thisMonthInChina(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7)
}

async function upload(page: import('@playwright/test').Page, name: string, content: Buffer): Promise<void> {
  await page.getByTestId('roster-file').locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: content,
  })
  await page.getByTestId('roster-submit').click()
}

test('the county imports a roster, sees the households in the statistics and downloads the roster', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const month = thisMonthInChina()
  const run = Date.now().toString(36).toUpperCase()
  const [first, second] = [uniqueHeadName(), uniqueHeadName()]
  const firstHead = idNumberAged(50, true)
  const roster = xlsx([
    HEADER,
    [VILLAGE, `E2E-${run}-1`, first, firstHead, '户主', '失业', '0', '否', '865.00', month],
    [
      VILLAGE,
      `E2E-${run}-1`,
      `${first.slice(0, 1)}小英`,
      idNumberAged(47, false),
      '配偶',
      '在职',
      '2',
      '是',
      '',
      '',
    ],
    [VILLAGE, `E2E-${run}-2`, second, idNumberAged(72, false), '户主', '三无', '1', '否', '420.50', month],
  ])

  // 1. The county opens the roster import and downloads the template.
  await signIn(page, 'county')
  await sideMenu(page).getByText('花名册导入').click()
  await expect(page.getByRole('heading', { name: '花名册导入' })).toBeVisible()
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('roster-template').click(),
  ])
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/)

  // 2. A roster with a wrong check digit is refused as a whole: the error table, nothing imported.
  const wrong = firstHead.slice(0, 17) + (firstHead[17] === '0' ? '1' : '0')
  await upload(
    page,
    'roster-bad.xlsx',
    xlsx([HEADER, [VILLAGE, `E2E-${run}-X`, first, wrong, '户主', '失业', '0', '否', '865.00', month]]),
  )
  const refused = page.getByTestId('roster-refused')
  await expect(refused).toContainText('本次未导入任何家庭')
  const errorRow = page.getByTestId('import-errors').locator('.el-table__row').first()
  await expect(errorRow).toContainText('2')
  await expect(errorRow).toContainText('身份证号')
  await screenshot(page, 'roster-refused')

  // 3. The good roster enrols two households of three persons; the same file again changes nothing.
  await upload(page, 'roster.xlsx', roster)
  await expect(page.getByTestId('roster-result')).toContainText('导入成功')
  await expect(page.getByTestId('roster-households')).toHaveText('2')
  await expect(page.getByTestId('roster-persons')).toHaveText('3')
  await screenshot(page, 'roster-imported')
  await upload(page, 'roster.xlsx', roster)
  await expect(page.getByTestId('roster-result')).toContainText('该文件已导入过')
  await expect(page.getByTestId('roster-households')).toHaveText('2')

  // 4. The households are receiving, each with its re-check class by name.
  await sideMenu(page).getByText('家庭').click()
  const enrolled = page.getByTestId('household-table').locator('.el-table__row', { hasText: first })
  await expect(enrolled).toHaveCount(1)
  await expect(enrolled).toContainText('865.00')
  await expect(enrolled).not.toContainText(/STABLE|ABLE_TO_WORK/)

  // 5. The dashboard counts them and draws its charts.
  await sideMenu(page).getByText('统计分析').click()
  await expect(page.getByRole('heading', { name: '统计分析' })).toBeVisible()
  await expect(page.getByTestId('stat-persons')).toHaveText(/^\d+$/)
  expect(Number(await page.getByTestId('stat-persons').textContent())).toBeGreaterThanOrEqual(3)
  expect(Number(await page.getByTestId('stat-households').textContent())).toBeGreaterThanOrEqual(2)
  for (const chart of ['identity', 'age', 'township', 'class', 'disability', 'funnel', 'steps']) {
    await expect(page.getByTestId(`statistics-${chart}-chart`).locator('canvas').first()).toBeVisible()
  }
  await expect(page.getByTestId('statistics-age')).toContainText('超过劳动年龄段')
  await screenshot(page, 'statistics')

  // 6. The reports page downloads the county's roster.
  await sideMenu(page).getByText('报表').click()
  await expect(page.getByRole('heading', { name: '报表' })).toBeVisible()
  await expect(page.getByTestId('report-download-changes')).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('report-download-roster').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^roster-\d{12}\.xlsx$/)
  const bytes = readFileSync(await download.path())
  expect(bytes.length).toBeGreaterThan(0)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  await expect(page.getByTestId('report-error')).toHaveCount(0)
  await screenshot(page, 'reports')
})

test('the village downloads only the roster and the notice table', async ({ page }) => {
  await signIn(page, 'village-dh1')
  await sideMenu(page).getByText('报表').click()
  await expect(page.getByTestId('report-download-roster')).toBeVisible()
  await expect(page.getByTestId('report-download-notices')).toBeVisible()
  await expect(page.getByTestId('report-download-approvals')).toHaveCount(0)
  await expect(sideMenu(page).getByText('统计分析')).toHaveCount(0)
})
