export type FieldErrorMap = Record<string, string>

/**
 * The errors below a prefix, with the prefix taken off: the server names the fields of a
 * supplement's household "household.members[1].idNumber", the household form knows them as
 * "members[1].idNumber".
 */
export function errorsUnder(errors: FieldErrorMap, prefix: string): FieldErrorMap {
  const result: FieldErrorMap = {}
  const start = `${prefix}.`
  for (const [field, message] of Object.entries(errors)) {
    if (field.startsWith(start)) result[field.slice(start.length)] = message
  }
  return result
}

/** The errors of no field a form shows, so that they appear above it instead of nowhere. */
export function unplacedErrors(errors: FieldErrorMap, placed: readonly RegExp[]): FieldErrorMap {
  const result: FieldErrorMap = {}
  for (const [field, message] of Object.entries(errors)) {
    if (!placed.some((pattern) => pattern.test(field))) result[field] = message
  }
  return result
}

/**
 * When the rows of a list change (a row removed), the errors of later rows move up by one; the
 * simplest honest answer is to forget the errors of that list.
 */
export function withoutList(errors: FieldErrorMap, list: string): FieldErrorMap {
  const result: FieldErrorMap = {}
  for (const [field, message] of Object.entries(errors)) {
    if (field !== list && !field.startsWith(`${list}[`)) result[field] = message
  }
  return result
}
