import { describe, expect, it } from 'vitest'
import { rosterOutcome } from './roster'

describe('rosterOutcome', () => {
  it('reports the households and persons enrolled', () => {
    expect(rosterOutcome({ households: 2, persons: 5, errors: [], duplicate: false })).toEqual({
      kind: 'stored',
      households: 2,
      persons: 5,
      duplicate: false,
    })
  })

  it('reports a file imported before with its earlier figures', () => {
    expect(rosterOutcome({ households: 2, persons: 5, errors: [], duplicate: true })).toMatchObject({
      kind: 'stored',
      duplicate: true,
    })
  })

  it('reports the errors, whatever the counts say', () => {
    const errors = [{ row: 3, column: '身份证号', message: '身份证号无效' }]
    expect(rosterOutcome({ households: 0, persons: 0, errors, duplicate: false })).toEqual({
      kind: 'refused',
      errors,
    })
  })
})
