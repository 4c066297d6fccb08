import type { HouseholdStatus } from '@/api/households'
import type { RecheckClass } from '@/api/rechecks'

/** The longest reason the server takes for a re-check started by an officer. */
export const RECHECK_REASON_LIMIT = 500

/** Only a household that receives (or is in a gradual exit) can be re-checked or re-classed. */
export function mayStartRecheck(status: HouseholdStatus): boolean {
  return status === 'ACTIVE' || status === 'GRADUAL_EXIT'
}

/**
 * The name of a re-check class as the server's class table gives it (classes are data); the code
 * for a class the page has not loaded.
 */
export function className(code: string | null | undefined, classes: readonly RecheckClass[]): string {
  if (!code) return ''
  return classes.find((item) => item.code === code)?.name ?? code
}

/** Whether an interval in months is one the server accepts (whole, 1 to 36). */
export function validInterval(value: number | null | undefined, min = 1, max = 36): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}
