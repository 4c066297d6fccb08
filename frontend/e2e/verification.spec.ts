import { enrolledHousehold, OfficerApi, pick } from './casework'
import { expect, logout, screenshot, sideMenu, signIn, test } from './support'

const VEHICLE_HEADER = '身份证号,姓名,号牌,车辆类型,登记日期'

function csv(lines: string[]): Buffer {
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf-8')
}

async function upload(page: import('@playwright/test').Page, name: string, content: Buffer): Promise<void> {
  await page
    .getByTestId('import-file')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: content })
  await page.getByTestId('import-submit').click()
}

test('a vehicle file raises a warning, the township rejects the evidence and the household stops', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const household = await enrolledHousehold(baseURL as string)
  const plate = `川A${String(Math.floor(Math.random() * 90000) + 10000)}`

  // 1. The county downloads the template of the vehicle source.
  await signIn(page, 'county')
  await sideMenu(page).getByText('数据导入').click()
  await expect(page.getByRole('heading', { name: '数据导入' })).toBeVisible()
  await pick(page, 'import-source', '车辆')
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-template').click(),
  ])
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/)

  // 2. A file with a bad row is refused as a whole: the error table, nothing stored.
  const batchesBefore = await page.getByTestId('import-batches').locator('.el-table__row').count()
  await upload(
    page,
    'vehicles-bad.csv',
    csv([
      VEHICLE_HEADER,
      `${household.child},${household.headName.slice(0, 1)}小宝,${plate}9,小型汽车,2025-05-01`,
      `${household.head},${household.headName},${plate}8,飞机,2025-05-01`,
    ]),
  )
  const refused = page.getByTestId('import-refused')
  await expect(refused).toContainText('本次导入未保存任何数据')
  const errorRow = page.getByTestId('import-errors').locator('.el-table__row').first()
  await expect(errorRow).toContainText('3')
  await expect(errorRow).toContainText('车辆类型')
  await screenshot(page, 'import-refused')
  await expect(page.getByTestId('import-batches').locator('.el-table__row')).toHaveCount(batchesBefore)

  // 3. A good file with the head's car is stored and raises a warning.
  await upload(
    page,
    'vehicles.csv',
    csv([VEHICLE_HEADER, `${household.head},${household.headName},${plate},小型汽车,2025-05-01`]),
  )
  await expect(page.getByTestId('import-result')).toContainText('导入成功')
  await expect(page.getByTestId('import-rows')).toHaveText('1')
  const raised = Number(await page.getByTestId('import-warnings').textContent())
  expect(raised).toBeGreaterThanOrEqual(1)
  await expect(page.getByTestId('import-batches')).toContainText('vehicles.csv')
  await screenshot(page, 'import-stored')

  // 4. The warning shows on the warnings page (ID masked) and on the household page.
  await sideMenu(page).getByText('预警').click()
  const link = page.getByTestId(`warning-household-${household.householdId}`)
  await expect(link.first()).toBeVisible()
  const row = page.locator('.el-table__row', { has: link })
  await expect(row.first()).toContainText('车辆')
  await expect(row.first()).toContainText(plate)
  await expect(page.getByTestId('warning-table')).not.toContainText(household.head)
  await screenshot(page, 'warnings')
  await link.first().click()
  await expect(page).toHaveURL(new RegExp(`/households/${household.householdId}$`))
  await expect(page.getByTestId('household-warnings')).toContainText('车辆')
  await expect(page.getByTestId('household-warnings')).toContainText('待核实')
  await expect(page.getByTestId('household-members')).toContainText(household.headName)
  await expect(page.getByTestId('household-members')).not.toContainText(household.head)
  await expect(page.getByTestId('household-status')).toHaveText('在保')
  await logout(page)

  // 5. The warning started a burden-of-proof case for the township.
  const township = await OfficerApi.login(baseURL as string, 'township-dh')
  let proofCaseId = ''
  try {
    const cases = await township.json<Array<{ caseId: number; kind: string }>>('/api/cases')
    for (const candidate of cases.filter((c) => c.kind === 'BURDEN_OF_PROOF')) {
      const detail = await township.json<{ householdId: number }>(`/api/cases/${candidate.caseId}`)
      if (String(detail.householdId) === household.householdId) proofCaseId = String(candidate.caseId)
    }
  } finally {
    await township.dispose()
  }
  expect(proofCaseId, 'the burden-of-proof case of the household').not.toBe('')

  await signIn(page, 'township-dh')
  await page.goto(`/cases/${proofCaseId}`)
  await expect(page.getByTestId('case-warnings')).toContainText('车辆')
  await expect(page.getByTestId('case-documents')).toContainText('举证通知书')
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('登记举证材料')
  await expect(page.getByTestId('task-warnings')).toContainText('车辆')
  await page.getByTestId('task-submit').click()
  const evidence = page.locator('.el-form-item', { has: page.getByTestId('task-evidence') })
  await expect(evidence.locator('.el-form-item__error')).toContainText('请填写举证材料')
  await page.getByTestId('task-evidence').fill('户主称车辆为亲戚借用其身份登记，但未提供任何证明')
  await screenshot(page, 'task-submit-evidence')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)

  await page.goto(`/cases/${proofCaseId}`)
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('认定举证材料')
  await page.getByTestId('decision-reject').click()
  await page.getByTestId('proof-action-STOP').click()
  await page.getByTestId('task-opinion').fill('车辆登记在户主名下且正常使用，举证材料不予采信。')
  await screenshot(page, 'task-decide-evidence')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)

  // 6. The household stops; the case shows the decision letter and the stop.
  await page.goto(`/cases/${proofCaseId}`)
  await expect(page.getByTestId('case-status')).toHaveText('已停保')
  await expect(page.getByTestId('timeline')).toContainText('停发保障金')
  await expect(page.getByTestId('case-documents')).toContainText('停发（减发）决定书')
  await page.goto(`/households/${household.householdId}`)
  await expect(page.getByTestId('household-status')).toHaveText('已停保')
  await expect(page.getByTestId('household-warnings')).toContainText('已确认')
  await expect(page.getByTestId('household-history')).toContainText('举证不予采信，停发')
  await screenshot(page, 'household-stopped')
})

test('the close-relatives registry lists registrations within the jurisdiction', async ({ page }) => {
  await signIn(page, 'township-dh')
  await sideMenu(page).getByText('近亲属备案').click()
  await expect(page.getByRole('heading', { name: '近亲属备案' })).toBeVisible()
  await expect(page.getByTestId('registry-table')).toBeVisible()
  await expect(page.getByTestId('registry-count')).toContainText('共')
  await expect(page.locator('.el-alert--error')).toHaveCount(0)
  await screenshot(page, 'registry')
})
