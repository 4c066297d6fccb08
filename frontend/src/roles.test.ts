import { describe, expect, it } from 'vitest'
import { countyOf, parseCandidateGroup } from './roles'

describe('countyOf', () => {
  it('pads the first six digits', () => {
    expect(countyOf('511999101001')).toBe('511999000000')
    expect(countyOf('511999000000')).toBe('511999000000')
    expect(countyOf('')).toBe('')
    expect(countyOf(null)).toBe('')
  })
})

describe('parseCandidateGroup', () => {
  it('reads the role and the region of a routing group', () => {
    expect(parseCandidateGroup('township-511999101000')).toEqual({
      role: 'TOWNSHIP',
      regionCode: '511999101000',
    })
    expect(parseCandidateGroup('county')).toEqual({ role: 'COUNTY', regionCode: null })
  })

  it('gives up on other shapes', () => {
    expect(parseCandidateGroup('camunda-admin')).toBeNull()
    expect(parseCandidateGroup('mayor-511999101000')).toBeNull()
  })
})
