import { describe, expect, it } from 'vitest'
import { auditQuery } from '@/api/audit'
import { detailSummary, detailText, flagKey, flagTone, maskIdNumbers, shortHash, typeKey } from './events'

describe('maskIdNumbers', () => {
  it('keeps the area and the last four characters of every ID number', () => {
    expect(maskIdNumbers('a 51199919800101123X b 511999200501012345')).toBe(
      'a 511999********123X b 511999********2345',
    )
  })

  it('leaves longer digit runs such as bank accounts and shorter numbers alone', () => {
    expect(maskIdNumbers('6228480000000000001 13800000000')).toBe('6228480000000000001 13800000000')
  })
})

describe('detailSummary', () => {
  it('shows a change as before → after', () => {
    expect(detailSummary({ before: 'APPLIED', after: 'ACCEPTED' })).toBe('APPLIED → ACCEPTED')
  })

  it('lists the non-empty fields and masks ID numbers inside them', () => {
    expect(
      detailSummary({ taskKey: 'accept', decision: 'accept', opinion: null, id: '511999198001011234' }),
    ).toBe('taskKey=accept; decision=accept; id=511999********1234')
  })

  it('cuts long details', () => {
    const line = detailSummary({ text: 'x'.repeat(500) }, 20)
    expect(line).toHaveLength(20)
    expect(line.endsWith('…')).toBe(true)
  })

  it('takes text and nothing', () => {
    expect(detailSummary('plain')).toBe('plain')
    expect(detailSummary(null)).toBe('')
  })
})

describe('detailText', () => {
  it('pretty-prints and masks', () => {
    expect(detailText({ members: [{ idNumber: '511999198001011234' }] })).toContain('"511999********1234"')
  })
})

describe('labels', () => {
  it('names known types and flags and leaves unknown ones to be shown as they came', () => {
    expect(typeKey('TASK_COMPLETED')).toBe('audit.type.TASK_COMPLETED')
    expect(typeKey('SOMETHING_NEW')).toBeNull()
    expect(flagKey('SHORT_NOTICE')).toBe('audit.flag.SHORT_NOTICE')
    expect(flagKey('NEW_FLAG')).toBeNull()
    expect(flagTone('SHORT_NOTICE')).toBe('danger')
    expect(flagTone('LATE_TASK')).toBe('warning')
    expect(flagTone('NEW_FLAG')).toBe('info')
    expect(shortHash('0123456789abcdef')).toBe('0123456789ab')
  })
})

describe('auditQuery', () => {
  it('sends only the filters given, the days as instants in China', () => {
    expect(auditQuery({})).toBe('')
    const query = new URLSearchParams(
      auditQuery({
        caseId: ' 12 ',
        actor: 'township-dh',
        type: '',
        fromDay: '2026-03-01',
        toDay: '2026-03-31',
      }),
    )
    expect(Object.fromEntries(query)).toEqual({
      caseId: '12',
      actor: 'township-dh',
      from: '2026-03-01T00:00:00+08:00',
      to: '2026-03-31T23:59:59.999+08:00',
    })
  })
})

describe('type labels', () => {
  it('exist in both languages for every known type and flag', async () => {
    const { loadMessages } = await import('@/locales')
    const { AUDIT_TYPES, FLAG_CODES } = await import('./events')
    for (const messages of Object.values(loadMessages())) {
      const audit = messages.audit as Record<string, Record<string, string>>
      for (const type of AUDIT_TYPES) expect(audit.type[type], type).toBeTruthy()
      for (const code of FLAG_CODES) expect(audit.flag[code], code).toBeTruthy()
    }
  })
})
