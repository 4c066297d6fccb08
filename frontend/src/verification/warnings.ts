type Tone = 'success' | 'danger' | 'warning' | 'info' | 'primary'

/** An open warning needs action (red); confirmed ones led to a sanction (grey); cleared ones are green. */
export function warningTone(status: string): Tone {
  switch (status) {
    case 'OPEN':
      return 'danger'
    case 'CLEARED':
      return 'success'
    case 'CONFIRMED':
      return 'info'
    default:
      return 'primary'
  }
}

export function openWarnings<T extends { status: string }>(warnings: readonly T[] | null | undefined): T[] {
  return (warnings ?? []).filter((warning) => warning.status === 'OPEN')
}

/** A household's warnings, open ones first, then newest first. */
export function sortWarnings<T extends { status: string; raisedAt?: string | null }>(
  warnings: readonly T[] | null | undefined,
): T[] {
  const rank = (status: string) => (status === 'OPEN' ? 0 : 1)
  return [...(warnings ?? [])].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) || String(b.raisedAt ?? '').localeCompare(String(a.raisedAt ?? '')),
  )
}

/** The household's status colour. */
export function householdTone(status: string): Tone {
  switch (status) {
    case 'ACTIVE':
      return 'success'
    case 'GRADUAL_EXIT':
      return 'warning'
    case 'STOPPED':
    case 'REFUSED':
      return 'info'
    default:
      return 'primary'
  }
}
