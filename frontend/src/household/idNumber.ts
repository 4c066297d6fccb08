/**
 * Resident ID numbers (GB 11643-1999): a 6-digit area code, the birth date yyyyMMdd, a 3-digit
 * sequence whose last digit is odd for men and even for women, and a check character computed
 * with ISO 7064 MOD 11-2. Mirrors the server's rules, so that an officer sees a typing mistake
 * while typing and not only after submitting.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARACTERS = '10X98765432'
const EARLIEST_BIRTH = '1900-01-01'
const KEPT_HEAD = 6
const KEPT_TAIL = 4

export type Gender = 'MALE' | 'FEMALE'

/** Why a value is not (yet) a valid ID number; the keys are i18n keys under household.idNumber. */
export type IdProblem = 'empty' | 'incomplete' | 'tooLong' | 'characters' | 'birthDate' | 'checkDigit'

export type IdCheck =
  | { valid: true; idNumber: string; gender: Gender; birthDate: string }
  | { valid: false; problem: IdProblem; expectedCheck?: string }

/** Trimmed, without inner spaces, with a lower-case check character x upper-cased. */
export function normalizeIdNumber(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, '').toUpperCase()
}

/** The check character that belongs after the first 17 digits. */
export function checkCharacter(first17: string): string {
  if (!/^\d{17}/.test(first17)) {
    throw new Error('The first 17 characters must be digits')
  }
  let sum = 0
  for (let i = 0; i < WEIGHTS.length; i++) {
    sum += Number(first17[i]) * WEIGHTS[i]
  }
  return CHECK_CHARACTERS[sum % 11]
}

/** The first 17 digits completed with their check character. */
export function withCheckCharacter(first17: string): string {
  return first17 + checkCharacter(first17)
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Checks an ID number: shape, a real birth date between 1900-01-01 and today, and the check
 * character. A valid number comes back with its gender and birth date (yyyy-MM-dd).
 */
export function checkIdNumber(value: string | null | undefined, today: Date = new Date()): IdCheck {
  const id = normalizeIdNumber(value)
  if (id.length === 0) return { valid: false, problem: 'empty' }
  if (!/^[\dX]+$/.test(id) || (id.includes('X') && id.indexOf('X') !== 17)) {
    return { valid: false, problem: 'characters' }
  }
  if (id.length > 18) return { valid: false, problem: 'tooLong' }
  if (id.length < 18) return { valid: false, problem: 'incomplete' }
  if (id[0] === '0') return { valid: false, problem: 'characters' }
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (!isRealDate(year, month, day) || birthDate < EARLIEST_BIRTH || birthDate > isoDate(today)) {
    return { valid: false, problem: 'birthDate' }
  }
  const expected = checkCharacter(id)
  if (id[17] !== expected) return { valid: false, problem: 'checkDigit', expectedCheck: expected }
  return {
    valid: true,
    idNumber: id,
    gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    birthDate,
  }
}

export function isValidIdNumber(value: string | null | undefined, today: Date = new Date()): boolean {
  return checkIdNumber(value, today).valid
}

/** Completed years between a birth date (yyyy-MM-dd) and a day. */
export function ageOn(birthDate: string, today: Date = new Date()): number {
  const [year, month, day] = birthDate.split('-').map(Number)
  let age = today.getFullYear() - year
  if (today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day)) age--
  return age
}

/** For tables: the area code and the last four characters, a star for each one between. */
export function maskIdNumber(value: string | null | undefined): string {
  const id = normalizeIdNumber(value)
  if (id.length <= KEPT_HEAD + KEPT_TAIL) return '*'.repeat(id.length)
  return id.slice(0, KEPT_HEAD) + '*'.repeat(id.length - KEPT_HEAD - KEPT_TAIL) + id.slice(-KEPT_TAIL)
}

/** Any personal number with only its first and last characters kept (phones 3+4, accounts 0+4). */
export function maskMiddle(value: string | null | undefined, head: number, tail: number): string {
  const text = (value ?? '').replace(/\s+/g, '')
  if (text.length <= head + tail) return '*'.repeat(text.length)
  return text.slice(0, head) + '*'.repeat(text.length - head - tail) + text.slice(text.length - tail)
}
