import { enrolledHousehold, nextMonthInChina, OfficerApi } from './casework'
import { expect, logout, screenshot, sideMenu, signIn, test } from './support'

interface Household {
  monthlyAmount: string
  recheckClass: string
  nextRecheck: string
}

interface RecheckClass {
  code: string
  name: string
}

test('the township re-checks an enrolled household and reduces its allowance from next month', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const enrolled = await enrolledHousehold(baseURL as string)
  const county = await OfficerApi.login(baseURL as string, 'county')
  const before = await county.json<Household>(`/api/households/${enrolled.householdId}`)
  const classes = await county.json<RecheckClass[]>('/api/recheck-classes')
  await county.dispose()
  const otherClass = classes.find((item) => item.code !== before.recheckClass) as RecheckClass
  const reduced = (Number(before.monthlyAmount) - 200).toFixed(2)

  // The township sees the schedule, changes the class and starts a re-check with its reason.
  await signIn(page, 'township-dh')
  await page.goto(`/households/${enrolled.householdId}`)
  const schedule = page.getByTestId('recheck-schedule')
  await expect(schedule).toContainText('复核安排')
  await expect(page.getByTestId('recheck-next')).toHaveText(before.nextRecheck)
  await page.getByTestId('recheck-class-select').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: otherClass.name }).first().click()
  await expect(page.locator('.el-message--success')).toContainText(`复核类别已调整为“${otherClass.name}”`)
  await page.getByTestId('recheck-start').click()
  await page.getByTestId('recheck-start-submit').click()
  await expect(page.getByText('请填写复核原因')).toBeVisible()
  await page.getByTestId('recheck-reason').fill('群众反映户主已有稳定工资收入')
  await screenshot(page, 'recheck-start')
  await page.getByTestId('recheck-start-submit').click()
  await expect(page).toHaveURL(/\/cases\/\d+$/)
  const caseId = /\/cases\/(\d+)$/.exec(page.url())?.[1] as string
  await expect(page.getByTestId('timeline')).toContainText('发起复核')
  await expect(page.getByTestId('timeline')).toContainText('经办人发起')
  await logout(page)

  // The village declares the household again: the household form, filled from the case.
  await signIn(page, 'village-dh1')
  await page.goto(`/cases/${caseId}`)
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('更新家庭申报')
  await expect(page.getByTestId('member-0-name')).toHaveValue(enrolled.headName)
  await page.getByTestId('income-0-amount').fill('1000.00')
  await screenshot(page, 'recheck-declare')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)
  await logout(page)

  // The township surveys, then decides: a stop asks for its coded reason, a reduction for the amount.
  await signIn(page, 'township-dh')
  await page.goto(`/cases/${caseId}`)
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('复核入户调查')
  await page.getByTestId('investigator-0').fill('王东河')
  await page.getByTestId('investigator-1').fill('李调查')
  await page.getByTestId('task-findings').fill('户主在镇上企业务工，月工资约1000元')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)

  await page.goto(`/cases/${caseId}`)
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('复核决定')
  await page.getByTestId('decision-stop').click()
  await page.getByTestId('task-submit').click()
  const reason = page.locator('.el-form-item', { has: page.getByTestId('recheck-exit-reason') })
  await expect(reason.locator('.el-form-item__error')).toContainText('请选择退出原因')
  await expect(page.getByTestId('recheck-gradual-exit')).toHaveCount(0)
  await page.getByTestId('recheck-exit-reason').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '收入超过保障标准' }).click()
  await expect(page.getByTestId('recheck-gradual-exit')).toBeVisible()
  await page.getByTestId('decision-reduce').click()
  await expect(page.getByTestId('recheck-exit-reason')).toHaveCount(0)
  await page.getByTestId('recheck-new-amount').fill(before.monthlyAmount)
  await page.getByTestId('task-submit').click()
  const amount = page.locator('.el-form-item', { has: page.getByTestId('recheck-new-amount') })
  await expect(amount.locator('.el-form-item__error')).toContainText(`应低于现金额 ${before.monthlyAmount}`)
  await page.getByTestId('recheck-new-amount').fill(reduced)
  await page.getByTestId('task-opinion').fill('户主务工收入增加，减发保障金')
  await screenshot(page, 'recheck-decision')
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)
  await logout(page)

  // The county confirms the posted change.
  await signIn(page, 'county')
  await page.goto(`/cases/${caseId}`)
  await expect(page.getByTestId('timeline')).toContainText('复核决定')
  await page.getByTestId('case-handle').click()
  await expect(page.getByTestId('task-name')).toHaveText('县级确认')
  await page.getByTestId('decision-approve').click()
  await page.getByTestId('task-submit').click()
  await expect(page).toHaveURL(/\/inbox$/)

  // The household pays the new amount from next month.
  await page.goto(`/households/${enrolled.householdId}`)
  await expect(page.getByTestId('household-amount')).toHaveText(reduced)
  // (Enrolled today too, the household's first line is of next month as well: the later line counts.)
  const line = page.getByTestId('household-history').locator('.el-table__row').last()
  await expect(line).toContainText(nextMonthInChina())
  await expect(line).toContainText(reduced)
  await expect(line).toContainText('复核减发')
  await expect(page.getByTestId('recheck-class-select')).toBeVisible()
  await screenshot(page, 'recheck-household')

  await page.goto(`/cases/${caseId}`)
  await expect(page.getByTestId('timeline')).toContainText('保障金变更')
})

test('the county sets how often a class of households is re-checked', async ({ page }) => {
  await signIn(page, 'county')
  await sideMenu(page).getByText('复核类别').click()
  await expect(page.getByRole('heading', { name: '复核类别' })).toBeVisible()
  const table = page.getByTestId('recheck-classes')
  await expect(table).toContainText('有劳动能力成员家庭')
  const interval = page.getByTestId('recheck-interval-UNSTABLE_INCOME')
  const save = page.getByTestId('recheck-interval-save-UNSTABLE_INCOME')
  await expect(save).toBeDisabled()
  const original = await interval.locator('input').inputValue()
  await interval.locator('input').fill('7')
  await interval.locator('input').blur()
  await save.click()
  await expect(page.locator('.el-message--success')).toContainText('复核周期已改为 7 个月')
  await screenshot(page, 'recheck-classes')
  await interval.locator('input').fill(original)
  await interval.locator('input').blur()
  await save.click()
  await expect(page.locator('.el-message--success').last()).toContainText(`复核周期已改为 ${original} 个月`)
})
