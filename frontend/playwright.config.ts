import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'

const here = dirname(fileURLToPath(import.meta.url))
const port = process.env.E2E_PORT || '18080'
// E2E_BASE_URL runs the tests against a server that is already up (no jar is started then).
const existingServer = process.env.E2E_BASE_URL
const baseURL = existingServer || `http://localhost:${port}`
const jar = resolve(here, process.env.YANGGUANG_JAR || '../backend/target/yangguang.jar')

function serverCommand(): string {
  // Only the main process starts the server; workers load this file too and need no data directory.
  const dataDir = process.env.TEST_WORKER_INDEX ? tmpdir() : mkdtempSync(join(tmpdir(), 'yangguang-e2e-'))
  if (!process.env.TEST_WORKER_INDEX) {
    // The server is stopped before the runner exits; its database goes with it.
    process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }))
  }
  const args = ['java', '-jar', jar, `--server.port=${port}`, `--yangguang.data-dir=${dataDir}`]
  // Extra arguments for the jar, space-separated (e.g. a property to try a server setting).
  args.push(...(process.env.E2E_JAR_ARGS ?? '').split(' ').filter((arg) => arg !== ''))
  // The server's log in a file, for the scan of .ci/run (no ID number may be logged).
  if (process.env.E2E_SERVER_LOG) {
    args.push(`--logging.file.name=${process.env.E2E_SERVER_LOG}`)
  }
  if (process.env.E2E_STATIC_DIR) {
    const staticDir = resolve(here, process.env.E2E_STATIC_DIR).replace(/\/?$/, '/')
    args.push(`--spring.web.resources.static-locations=file:${staticDir}`)
  }
  return args.map((arg) => (/[\s'"]/.test(arg) ? JSON.stringify(arg) : arg)).join(' ')
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: existingServer
    ? undefined
    : {
        command: serverCommand(),
        url: `${baseURL}/actuator/health`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
      },
})
