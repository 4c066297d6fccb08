import { describe, expect, it } from 'vitest'
import { className, mayStartRecheck, validInterval } from './schedule'

const classes = [
  { code: 'STABLE', name: '基本稳定家庭', intervalMonths: 12, description: null },
  { code: 'ABLE_TO_WORK', name: '有劳动能力成员家庭', intervalMonths: 6, description: null },
]

describe('re-check schedule', () => {
  it('names a class as the class table does, its code when the table lacks it', () => {
    expect(className('ABLE_TO_WORK', classes)).toBe('有劳动能力成员家庭')
    expect(className('CAMPAIGN', classes)).toBe('CAMPAIGN')
    expect(className(null, classes)).toBe('')
  })

  it('re-checks only households that receive, or are in a gradual exit', () => {
    expect(mayStartRecheck('ACTIVE')).toBe(true)
    expect(mayStartRecheck('GRADUAL_EXIT')).toBe(true)
    expect(mayStartRecheck('STOPPED')).toBe(false)
    expect(mayStartRecheck('APPLYING')).toBe(false)
    expect(mayStartRecheck('REFUSED')).toBe(false)
  })

  it('takes whole intervals of 1 to 36 months', () => {
    expect(validInterval(1)).toBe(true)
    expect(validInterval(36)).toBe(true)
    expect(validInterval(0)).toBe(false)
    expect(validInterval(37)).toBe(false)
    expect(validInterval(6.5)).toBe(false)
    expect(validInterval(null)).toBe(false)
  })
})
