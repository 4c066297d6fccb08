import { describe, expect, it } from 'vitest'
import { flagTone, noticeState, statusTone, todayInChina } from './status'

describe('case status helpers', () => {
  it('colours statuses and flags', () => {
    expect(statusTone('ACTIVE')).toBe('success')
    expect(statusTone('REFUSED')).toBe('danger')
    expect(statusTone('NOTICE')).toBe('warning')
    expect(statusTone('APPLIED')).toBe('primary')
    expect(statusTone('CONTINUED')).toBe('success')
    expect(statusTone('GRADUAL_EXIT')).toBe('warning')
    expect(statusTone('RECHECKING')).toBe('primary')
    expect(flagTone('OVERDUE')).toBe('danger')
    expect(flagTone('CLOSE_RELATIVE')).toBe('warning')
    expect(flagTone('SPECIAL')).toBe('info')
  })

  it('tells where a notice stands', () => {
    const notice = { from: '2026-11-22', to: '2026-11-28', withdrawn: false }
    expect(noticeState(notice, '2026-11-21')).toBe('upcoming')
    expect(noticeState(notice, '2026-11-22')).toBe('running')
    expect(noticeState(notice, '2026-11-28')).toBe('running')
    expect(noticeState(notice, '2026-11-29')).toBe('ended')
    expect(noticeState({ ...notice, to: null }, '2030-01-01')).toBe('running')
    expect(noticeState({ ...notice, withdrawn: true }, '2026-11-23')).toBe('withdrawn')
  })

  it('gives the Chinese calendar day', () => {
    expect(todayInChina(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22')
    expect(todayInChina(new Date('2026-11-21T15:30:00Z'))).toBe('2026-11-21')
  })
})
