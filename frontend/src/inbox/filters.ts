import type { Task } from '@/api/types'

/** The inbox filter: every field optional; '' means any. */
export interface InboxFilter {
  processKey: string
  taskKey: string
  /** Region code whose subtree the task's village must lie in. */
  regionCode: string
  /** Last due day, yyyy-MM-dd: tasks due on or before it (tasks without a due date are left out). */
  dueBy: string
  sort: 'created' | 'due'
}

export const NO_FILTER: InboxFilter = {
  processKey: '',
  taskKey: '',
  regionCode: '',
  dueBy: '',
  sort: 'created',
}

export interface Option {
  value: string
  label: string
}

/** The digits of a 12-digit region code that its subtree shares (trailing zero groups dropped). */
export function regionPrefix(code: string): string {
  if (code.endsWith('000000000')) return code.slice(0, 3)
  if (code.endsWith('000000')) return code.slice(0, 6)
  if (code.endsWith('000')) return code.slice(0, 9)
  return code
}

/**
 * The options of the filter come from the tasks themselves (processes and task keys of any model,
 * with the task's own name), so a changed model with new tasks needs no change here.
 */
export function processOptions(tasks: Task[]): Option[] {
  return distinct(tasks.map((t) => ({ value: t.processKey, label: t.processKey })))
}

export function taskOptions(tasks: Task[], processKey: string): Option[] {
  return distinct(
    tasks
      .filter((t) => !processKey || t.processKey === processKey)
      .map((t) => ({ value: t.taskKey, label: t.name || t.taskKey })),
  )
}

export function applyFilter(tasks: Task[], filter: InboxFilter): Task[] {
  const prefix = filter.regionCode ? regionPrefix(filter.regionCode) : ''
  const dueBy = filter.dueBy ? `${filter.dueBy}T23:59:59.999` : ''
  const kept = tasks.filter(
    (t) =>
      (!filter.processKey || t.processKey === filter.processKey) &&
      (!filter.taskKey || t.taskKey === filter.taskKey) &&
      (!prefix || (t.regionCode ?? '').startsWith(prefix)) &&
      (!dueBy || (!!t.due && localDay(t.due) <= dueBy)),
  )
  if (filter.sort === 'due') {
    return [...kept].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'))
  }
  return kept
}

/** A due instant as the local date-time text it compares with (the browser's time zone). */
function localDay(instant: string): string {
  const d = new Date(instant)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

function distinct(options: Option[]): Option[] {
  const seen = new Map<string, Option>()
  for (const option of options) {
    if (option.value && !seen.has(option.value)) seen.set(option.value, option)
  }
  return [...seen.values()]
}
