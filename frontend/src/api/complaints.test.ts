import { describe, expect, it } from 'vitest'
import { ledgerPath } from './complaints'

describe('ledgerPath', () => {
  it('is the plain ledger without criteria', () => {
    expect(ledgerPath()).toBe('/api/complaints')
    expect(ledgerPath({ status: '', caseId: null, householdId: '' })).toBe('/api/complaints')
  })

  it('carries the status, case and household that are set', () => {
    expect(ledgerPath({ status: 'OPEN' })).toBe('/api/complaints?status=OPEN')
    expect(ledgerPath({ caseId: 12 })).toBe('/api/complaints?caseId=12')
    expect(ledgerPath({ status: 'CLOSED', householdId: '7' })).toBe(
      '/api/complaints?status=CLOSED&householdId=7',
    )
  })

  it('encodes what it is given', () => {
    expect(ledgerPath({ caseId: '1&x=2' })).toBe('/api/complaints?caseId=1%26x%3D2')
  })
})
