import { describe, expect, it } from 'vitest'
import {
  ageOn,
  checkCharacter,
  checkIdNumber,
  isValidIdNumber,
  maskIdNumber,
  maskMiddle,
  normalizeIdNumber,
  withCheckCharacter,
} from './idNumber'

const today = new Date(2026, 10, 22)

describe('checkCharacter', () => {
  it('computes the GB 11643 check character', () => {
    // The example of the standard and two numbers of the demo households.
    expect(checkCharacter('11010519491231002')).toBe('X')
    expect(checkCharacter('51199919810315001')).toBe('9')
    expect(checkCharacter('51199920140601002')).toBe('6')
    expect(withCheckCharacter('51199919500101001')).toBe('511999195001010011')
  })

  it('covers every remainder of the weights', () => {
    const seen = new Set<string>()
    for (let n = 0; n < 200; n++) {
      seen.add(checkCharacter(`5119991980010${String(n).padStart(4, '0')}`))
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'])
  })

  it('refuses what is not 17 digits', () => {
    expect(() => checkCharacter('1234')).toThrow()
  })
})

describe('checkIdNumber', () => {
  it('accepts a valid number and derives gender and birth date', () => {
    expect(checkIdNumber('511999198103150019', today)).toEqual({
      valid: true,
      idNumber: '511999198103150019',
      gender: 'MALE',
      birthDate: '1981-03-15',
    })
    expect(checkIdNumber('511999201406010026', today)).toMatchObject({
      gender: 'FEMALE',
      birthDate: '2014-06-01',
    })
  })

  it('accepts a lower-case x and spaces', () => {
    expect(normalizeIdNumber(' 110105 19491231002x ')).toBe('11010519491231002X')
    expect(isValidIdNumber('11010519491231002x', today)).toBe(true)
  })

  it('tells a wrong check character and the expected one', () => {
    expect(checkIdNumber('511999198103150018', today)).toEqual({
      valid: false,
      problem: 'checkDigit',
      expectedCheck: '9',
    })
  })

  it('tells what is missing or wrong while typing', () => {
    expect(checkIdNumber('', today)).toMatchObject({ problem: 'empty' })
    expect(checkIdNumber('5119991981', today)).toMatchObject({ problem: 'incomplete' })
    expect(checkIdNumber('5119991981031500191', today)).toMatchObject({ problem: 'tooLong' })
    expect(checkIdNumber('51199919810A150019', today)).toMatchObject({ problem: 'characters' })
    expect(checkIdNumber('5119991981X', today)).toMatchObject({ problem: 'characters' })
    expect(checkIdNumber('011999198103150019', today)).toMatchObject({ problem: 'characters' })
  })

  it('refuses impossible and future birth dates', () => {
    expect(checkIdNumber(withCheckCharacter('51199919810230001'), today)).toMatchObject({
      problem: 'birthDate',
    })
    expect(checkIdNumber(withCheckCharacter('51199918991231001'), today)).toMatchObject({
      problem: 'birthDate',
    })
    expect(checkIdNumber(withCheckCharacter('51199920261123001'), today)).toMatchObject({
      problem: 'birthDate',
    })
    expect(checkIdNumber(withCheckCharacter('51199920261122001'), today).valid).toBe(true)
    expect(checkIdNumber(withCheckCharacter('51199920000229001'), today).valid).toBe(true)
  })
})

describe('ageOn and maskIdNumber', () => {
  it('counts completed years', () => {
    expect(ageOn('1981-03-15', today)).toBe(45)
    expect(ageOn('2014-11-22', today)).toBe(12)
    expect(ageOn('2014-11-23', today)).toBe(11)
  })

  it('keeps the area code and the last four characters', () => {
    expect(maskIdNumber('511999198103150019')).toBe('511999********0019')
    expect(maskIdNumber('123')).toBe('***')
    expect(maskMiddle('13800000000', 3, 4)).toBe('138****0000')
    expect(maskMiddle('6228 4800 0000 0000 001', 0, 4)).toBe('***************0001')
    expect(maskMiddle('', 3, 4)).toBe('')
  })
})
