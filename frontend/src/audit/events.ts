/**
 * Pure helpers of the inspectors' pages: the known event types and red-flag codes (labels come
 * from the audit locale namespace), ID-number masking as a second line of defence behind the
 * server's, and a one-line summary of an event's detail.
 */

/** Event types the trail records; the type filter offers these and accepts any other. */
export const AUDIT_TYPES = [
  'CASE_OPENED',
  'CASE_STATUS_CHANGED',
  'CASE_CHANGED',
  'APPLIED',
  'TASK_COMPLETED',
  'NOTICE_POSTED',
  'NOTICE_WITHDRAWN',
  'OBJECTION_RECEIVED',
  'OBJECTION_ANSWERED',
  'LETTER_ISSUED',
  'DOCUMENT_STORED',
  'ENROLLED',
  'REFUSED',
  'VERIFICATION_REQUESTED',
  'HOUSEHOLD_REGISTERED',
  'HOUSEHOLD_DECLARATION_CHANGED',
  'HOUSEHOLD_STATUS_CHANGED',
  'HOUSEHOLD_ALLOWANCE_CHANGED',
  'JOB_EXECUTED',
  'ENGINE_OPERATION',
  'INCIDENT_RETRIED',
  'MODEL_DEPLOYED',
  'MIGRATION_DRY_RUN',
  'MIGRATION_STARTED',
  'PROCESS_MIGRATED',
  'EXPORTED',
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'LOGGED_OUT',
  'ACCOUNT_LOCKED',
  'ACCESS_DENIED',
  'OFFICER_CREATED',
  'OFFICER_UPDATED',
  'OFFICER_UNLOCKED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'REGION_CREATED',
  'REGION_RENAMED',
  'CALENDAR_DAY_SET',
  'CALENDAR_DAY_REMOVED',
  'STANDARD_ADDED',
  'ADDON_RULE_ADDED',
  'ASSET_LIMIT_ADDED',
  'INCOME_RULE_ADDED',
] as const

export const FLAG_CODES = [
  'CLOSE_RELATIVE',
  'SAME_OFFICER_SURVEY_AND_DECISION',
  'APPROVED_WITH_OPEN_OBJECTION',
  'SHORT_NOTICE',
  'CHANGED_AFTER_APPROVAL',
  'SHARED_BANK_ACCOUNT',
  'SHARED_PHONE',
  'LATE_TASK',
] as const

const KNOWN_TYPES: readonly string[] = AUDIT_TYPES
const KNOWN_FLAGS: readonly string[] = FLAG_CODES

/** The i18n key of a type's label, or null for a type the UI does not know (shown as it came). */
export function typeKey(type: string): string | null {
  return KNOWN_TYPES.includes(type) ? `audit.type.${type}` : null
}

export function flagKey(code: string): string | null {
  return KNOWN_FLAGS.includes(code) ? `audit.flag.${code}` : null
}

/** How serious a flag looks at first sight, for the colour of its tag. */
export function flagTone(code: string): 'danger' | 'warning' | 'info' {
  if (['APPROVED_WITH_OPEN_OBJECTION', 'CHANGED_AFTER_APPROVAL', 'SHORT_NOTICE'].includes(code))
    return 'danger'
  if (KNOWN_FLAGS.includes(code)) return 'warning'
  return 'info'
}

const ID_NUMBER = /(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])/g

/** Masks every 18-character resident ID number in the text as the server does (510123********1234). */
export function maskIdNumbers(text: string): string {
  return text.replace(ID_NUMBER, (_match, area: string, tail: string) => `${area}********${tail.slice(-4)}`)
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** The detail as pretty JSON (or its text), masked. */
export function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return ''
  const text = typeof detail === 'string' ? detail : JSON.stringify(detail, null, 2)
  return maskIdNumbers(text)
}

/**
 * One line for a table cell: the non-empty top-level fields as key=value (before → after for
 * a change), cut at `max` characters; masked.
 */
export function detailSummary(detail: unknown, max = 160): string {
  let line: string
  if (detail !== null && typeof detail === 'object' && !Array.isArray(detail)) {
    const record = detail as Record<string, unknown>
    if ('before' in record && 'after' in record && Object.keys(record).length === 2) {
      line = `${plain(record.before)} → ${plain(record.after)}`
    } else {
      line = Object.entries(record)
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${plain(value)}`)
        .join('; ')
    }
  } else {
    line = plain(detail)
  }
  line = maskIdNumbers(line)
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** The first characters of a hash, enough to compare two rows by eye. */
export function shortHash(hash: string | null | undefined): string {
  return hash ? hash.slice(0, 12) : ''
}
