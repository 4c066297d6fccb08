import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test'
import { caseOnNotice } from './casework'
import { PASSWORD, expect, screenshot, sideMenu, signIn, test } from './support'

const here = dirname(fileURLToPath(import.meta.url))
const KEY = 'dibao-application'
const MODEL = readFileSync(resolve(here, '../../bpmn/dibao-application.bpmn'), 'utf8')

/** The engine REST API as Camunda Modeler uses it: HTTP Basic of the supervisor. */
async function engineApi(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    httpCredentials: { username: 'supervisor', password: PASSWORD, send: 'always' },
  })
}

/** Deploys the model as Modeler's Deploy button does and answers the id of the new version. */
async function deploy(engine: APIRequestContext, xml: string): Promise<string> {
  const response = await engine.post('/engine-rest/deployment/create', {
    multipart: {
      'deployment-name': KEY,
      'deployment-source': 'Camunda Modeler',
      'enable-duplicate-filtering': 'true',
      [`${KEY}.bpmn`]: {
        name: `${KEY}.bpmn`,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(xml),
      },
    },
  })
  expect(response.status(), await response.text()).toBe(200)
  const latest = await engine.get(`/engine-rest/process-definition/key/${KEY}`)
  return ((await latest.json()) as { id: string }).id
}

async function definitionOf(engine: APIRequestContext, caseId: number | string): Promise<string> {
  const response = await engine.get(`/engine-rest/process-instance?businessKey=${caseId}`)
  const [instance] = (await response.json()) as Array<{ definitionId: string }>
  return instance.definitionId
}

test('the supervisor dry-runs and migrates a case at the notice step to a new version of the application process', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000)
  const url = baseURL as string
  const { caseId } = await caseOnNotice(url)
  const engine = await engineApi(url)
  try {
    const source = await definitionOf(engine, caseId)
    const changed = MODEL.replace('>P7D<', '>P10D<')
    expect(changed).not.toEqual(MODEL)
    const target = await deploy(engine, changed)
    expect(target).not.toEqual(source)

    await signIn(page, 'supervisor')
    await sideMenu(page).getByText('流程版本').click()
    await expect(page.getByRole('heading', { name: '流程版本', exact: true })).toBeVisible()
    await page.getByRole('tab', { name: '低保申请审核审批（一评两审三公示）' }).click()
    const versions = page.getByTestId(`versions-${KEY}`)
    await expect(versions.locator('.el-table__row').first()).toContainText('最新')
    await expect(versions).toContainText('公示7天期满')

    const migration = page.getByTestId('migration')
    await expect(migration.getByTestId('migration-source')).toContainText(/运行中 \d+ 件/)
    await expect(migration.getByTestId('migration-target')).toContainText('运行中 0 件')
    await expect(migration.getByTestId('migration-start')).toBeDisabled()
    await migration.getByTestId('migration-dry-run').click()
    const report = migration.getByTestId('migration-report')
    await expect(report).toContainText(/可迁移 \d+ 个，无法映射 0 个/)
    await screenshot(page, 'process-versions-dry-run')

    await migration.getByTestId('migration-start').click()
    const confirm = page.getByRole('dialog', { name: '迁移' })
    await expect(confirm).toContainText('迁移在后台分批执行')
    await confirm.getByRole('button', { name: '迁移' }).click()
    await expect(page.locator('.el-message--success')).toContainText('迁移已开始')
    const progress = migration.getByTestId('migration-progress')
    await expect(progress).toContainText('已完成', { timeout: 150_000 })
    await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100')
    await expect.poll(() => definitionOf(engine, caseId)).toBe(target)
    // The new version now holds the case, waiting at the notice.
    await expect(versions.locator('.el-table__row').first()).toContainText('公示7天期满')
    await expect(page.getByTestId('migrations')).toContainText('supervisor')
    await screenshot(page, 'process-versions-migrated')
  } finally {
    await deploy(engine, MODEL)
    await engine.dispose()
  }
})
