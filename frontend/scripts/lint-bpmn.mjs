// Lints every process model in ../bpmn with bpmnlint and the rules of .bpmnlintrc.
// A script rather than a shell glob, so that it behaves the same under sh and cmd.exe.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const frontend = resolve(here, '..')
const models = resolve(frontend, '../bpmn')
const files = readdirSync(models)
  .filter((name) => name.endsWith('.bpmn'))
  .sort()
  .map((name) => join(models, name))
if (files.length === 0) {
  console.error(`No .bpmn files in ${models}`)
  process.exit(1)
}
const require = createRequire(import.meta.url)
const cli = join(dirname(require.resolve('bpmnlint/package.json')), 'bin', 'bpmnlint.js')
const run = spawnSync(process.execPath, [cli, '--config', join(frontend, '.bpmnlintrc'), ...files], {
  cwd: frontend,
  stdio: 'inherit',
})
if (run.status === 0) console.log(`bpmnlint: ${files.length} model(s) without problems`)
process.exit(run.status ?? 1)
