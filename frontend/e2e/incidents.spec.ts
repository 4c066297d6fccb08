import { request as playwrightRequest, type APIRequestContext } from '@playwright/test'
import { OfficerApi } from './casework'
import { expect, PASSWORD, screenshot, sideMenu, signIn, test } from './support'

const PROCESS_KEY = 'incident-probe'

/**
 * An asynchronous step whose expression fails while variable repair is missing, with one try
 * (R1) so that its first failure opens an incident; it passes the deployment guard.
 */
const FAILING_MODEL = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://yangguang.example/e2e">
  <process id="${PROCESS_KEY}" name="故障演练" isExecutable="true" camunda:historyTimeToLive="P1830D">
    <startEvent id="start" />
    <sequenceFlow id="toCheck" sourceRef="start" targetRef="repairCheck" />
    <serviceTask id="repairCheck" name="检查修复" camunda:asyncBefore="true"
        camunda:expression="\${execution.getVariable('repair').trim()}">
      <extensionElements>
        <camunda:failedJobRetryTimeCycle>R1/PT5M</camunda:failedJobRetryTimeCycle>
      </extensionElements>
    </serviceTask>
    <sequenceFlow id="toEnd" sourceRef="repairCheck" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`

/** The engine's REST API as Camunda Modeler and operators use it: HTTP Basic of a supervisor. */
async function engineRest(baseURL: string): Promise<APIRequestContext> {
  const basic = Buffer.from(`supervisor:${PASSWORD}`).toString('base64')
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Basic ${basic}` } })
}

test('a failed job shows on the incidents page and the supervisor retries it', async ({ page, baseURL }) => {
  const engine = await engineRest(baseURL as string)
  const deployed = await engine.post('/engine-rest/deployment/create', {
    multipart: {
      'deployment-name': PROCESS_KEY,
      'deployment-source': 'Camunda Modeler',
      'enable-duplicate-filtering': 'true',
      data: { name: `${PROCESS_KEY}.bpmn`, mimeType: 'application/xml', buffer: Buffer.from(FAILING_MODEL) },
    },
  })
  expect(deployed.status(), await deployed.text()).toBe(200)
  const businessKey = `probe-${Date.now().toString(36)}`
  const started = await engine.post(`/engine-rest/process-definition/key/${PROCESS_KEY}/start`, {
    data: { businessKey },
  })
  expect(started.status(), await started.text()).toBe(200)
  const processInstanceId = String((await started.json()).id)

  await signIn(page, 'supervisor')
  await sideMenu(page).getByText('故障').click()
  await expect(page).toHaveURL(/\/incidents$/)
  await expect(page.getByRole('heading', { name: '故障' })).toBeVisible()
  const table = page.getByTestId('incidents')
  const row = table.locator('tr', { hasText: businessKey })
  // The job executor runs the step right after the start; its only try fails.
  await expect(async () => {
    await page.getByTestId('incidents-refresh').click()
    await expect(row).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 60_000 })
  await expect(row).toContainText(`${PROCESS_KEY} v`)
  await expect(row).toContainText('repairCheck')
  await expect(row.getByTestId('incident-message')).not.toBeEmpty()
  await screenshot(page, 'incidents')

  // The cause is removed (the missing input supplied), then the step is given another try.
  const repaired = await engine.put(`/engine-rest/process-instance/${processInstanceId}/variables/repair`, {
    data: { value: 'supplied', type: 'String' },
  })
  expect(repaired.status(), await repaired.text()).toBe(204)
  await row.getByTestId('incident-retry').click()
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已安排重试')).toBeVisible()
  await expect(row).toHaveCount(0)

  await expect
    .poll(
      async () => {
        const history = await engine.get(`/engine-rest/history/process-instance/${processInstanceId}`)
        return (await history.json()).state as string
      },
      { timeout: 90_000, intervals: [1_000, 2_000, 5_000] },
    )
    .toBe('COMPLETED')
  await engine.dispose()

  const inspector = await OfficerApi.login(baseURL as string, 'inspector')
  const trail = await inspector.json<{ items?: unknown[] } | unknown[]>(
    '/api/audit/events?type=INCIDENT_RETRIED&actor=supervisor',
  )
  expect(JSON.stringify(trail)).toContain(processInstanceId)
  await inspector.dispose()
})

test('the incidents page is for supervisors only', async ({ page }) => {
  await signIn(page, 'county')
  await expect(sideMenu(page).getByText('故障')).toHaveCount(0)
  await page.goto('/incidents')
  await expect(page.getByText('抱歉，您的角色无权访问此页面')).toBeVisible()
})
