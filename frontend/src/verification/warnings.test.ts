import { describe, expect, it } from 'vitest'
import { householdTone, openWarnings, sortWarnings, warningTone } from './warnings'

describe('warnings', () => {
  it('colours statuses', () => {
    expect(warningTone('OPEN')).toBe('danger')
    expect(warningTone('CLEARED')).toBe('success')
    expect(warningTone('CONFIRMED')).toBe('info')
    expect(householdTone('ACTIVE')).toBe('success')
    expect(householdTone('STOPPED')).toBe('info')
  })

  it('lists open warnings first, newest first', () => {
    const list = [
      { id: 1, status: 'CLEARED', raisedAt: '2026-11-03T00:00:00Z' },
      { id: 2, status: 'OPEN', raisedAt: '2026-11-01T00:00:00Z' },
      { id: 3, status: 'OPEN', raisedAt: '2026-11-02T00:00:00Z' },
    ]
    expect(sortWarnings(list).map((w) => w.id)).toEqual([3, 2, 1])
    expect(openWarnings(list).map((w) => w.id)).toEqual([2, 3])
    expect(sortWarnings(undefined)).toEqual([])
  })
})
