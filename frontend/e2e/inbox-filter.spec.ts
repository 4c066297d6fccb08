import { OfficerApi, pick, twoPersonHousehold } from './casework'
import { expect, signIn, test } from './support'

test('the township narrows its inbox to one village and one task and sorts it by due date', async ({
  page,
  baseURL,
}) => {
  const inDonghe = twoPersonHousehold()
  const village = await OfficerApi.login(baseURL as string, 'village-dh1')
  const dongheCase = await village.apply(inDonghe.body)
  await village.dispose()

  await signIn(page, 'township-dh')
  await page.goto('/inbox')
  const table = page.getByTestId('inbox-table')
  await expect(table).toContainText(String(dongheCase))

  await pick(page, 'filter-region', '柳树村')
  await expect(table).not.toContainText(String(dongheCase))
  await page.getByTestId('filter-reset').click()
  await expect(table).toContainText(String(dongheCase))

  await pick(page, 'filter-process', '低保申请')
  await pick(page, 'filter-task', '受理')
  await expect(table).toContainText(String(dongheCase))
  await pick(page, 'filter-region', '东河村')
  await expect(table).toContainText(String(dongheCase))
  await page.getByTestId('filter-sort').getByText('按办理期限').click()
  await expect(table).toContainText(String(dongheCase))
})
