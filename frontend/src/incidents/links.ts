import { COCKPIT_URL } from '@/menu'

/** Where Cockpit shows a process instance, with its incidents and variables. */
export function cockpitInstanceUrl(processInstanceId: string): string {
  return `${COCKPIT_URL}#/process-instance/${encodeURIComponent(processInstanceId)}/runtime`
}

/** The process and its version as one label, e.g. dibao-application v3. */
export function processLabel(key: string | null, version: number): string {
  if (!key) return ''
  return version > 0 ? `${key} v${version}` : key
}
