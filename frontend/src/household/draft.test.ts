import { describe, expect, it } from 'vitest'
import type { HouseholdInput } from '@/api/types'
import {
  emptyHousehold,
  emptyIncome,
  emptyMember,
  householdErrors,
  householdToInput,
  HOUSEHOLD_FIELDS,
  isMoney,
  normalizeMoney,
  sumMoney,
  toHouseholdInput,
} from './draft'
import { unplacedErrors } from '@/composables/fieldErrors'

const today = new Date(2026, 10, 22)
const t = (key: string, named?: Record<string, unknown>) =>
  named && named.expected ? `${key}:${String(named.expected)}` : key

function household(): HouseholdInput {
  return {
    ...emptyHousehold('511999101001'),
    address: '东河村3组12号',
    authorizationSigned: true,
    pledgeSigned: true,
    members: [
      {
        ...emptyMember('HEAD'),
        name: '张三丰',
        idNumber: '511999198103150019',
        identityCategory: 'UNEMPLOYED',
      },
      {
        ...emptyMember('CHILD'),
        name: '张小明',
        idNumber: '511999201406010026',
        identityCategory: 'STUDENT',
      },
    ],
    incomes: [{ ...emptyIncome('511999198103150019'), type: 'WAGE', monthlyAmount: '500' }],
  }
}

describe('normalizeMoney', () => {
  it('writes amounts with two places', () => {
    expect(normalizeMoney('500')).toBe('500.00')
    expect(normalizeMoney(' 1,200.5 ')).toBe('1200.50')
    expect(normalizeMoney('0065.1')).toBe('65.10')
    expect(normalizeMoney('0')).toBe('0.00')
    expect(normalizeMoney('¥865')).toBe('865.00')
  })

  it('leaves what is not an amount for the server to name', () => {
    expect(normalizeMoney('-5')).toBe('-5')
    expect(normalizeMoney('1.234')).toBe('1.234')
    expect(normalizeMoney('abc')).toBe('abc')
    expect(isMoney('12.5')).toBe(true)
    expect(isMoney('12.555')).toBe(false)
  })
})

describe('householdErrors', () => {
  it('passes a complete household', () => {
    expect(householdErrors(household(), t, today)).toEqual({})
  })

  it('names ID numbers, the head and duplicates at their rows', () => {
    const draft = household()
    draft.members[1].idNumber = '511999201406010027'
    draft.members.push({
      ...emptyMember('HEAD'),
      name: '张三',
      idNumber: '511999198103150019',
      identityCategory: 'OTHER',
    })
    const errors = householdErrors(draft, t, today)
    expect(errors['members[1].idNumber']).toBe('household.idNumber.checkDigit:6')
    expect(errors['members[2].idNumber']).toBe('household.error.duplicate')
    expect(errors['members[2].relation']).toBe('household.error.secondHead')
  })

  it('asks for a head, an owner of each income and valid amounts', () => {
    const draft = household()
    draft.members[0].relation = 'SPOUSE'
    draft.incomes.push({ ...emptyIncome(), type: 'OTHER', monthlyAmount: '-1' })
    draft.authorizationSigned = false
    const errors = householdErrors(draft, t, today)
    expect(errors.members).toBe('household.error.noHead')
    expect(errors['incomes[1].memberIdNumber']).toBe('household.error.owner')
    expect(errors['incomes[1].monthlyAmount']).toBe('household.error.money')
    expect(errors.authorizationSigned).toBe('household.error.authorization')
    expect(unplacedErrors(errors, HOUSEHOLD_FIELDS)).toEqual({})
  })
})

describe('toHouseholdInput and householdToInput', () => {
  it('sends trimmed values and two-place amounts', () => {
    const draft = household()
    draft.members[0].idNumber = ' 11010519491231002x '
    draft.address = ' 东河村 '
    const body = toHouseholdInput(draft)
    expect(body.members[0].idNumber).toBe('11010519491231002X')
    expect(body.address).toBe('东河村')
    expect(body.incomes[0].monthlyAmount).toBe('500.00')
  })

  it('fills the form from a case household', () => {
    const input = householdToInput({
      regionCode: '511999101001',
      address: '东河村',
      members: [
        {
          name: '张三丰',
          idNumber: '511999198103150019',
          relation: 'HEAD',
          identityCategory: 'UNEMPLOYED',
          disabilityGrade: 0,
          seriousIllness: false,
          ableToWork: true,
          gender: 'MALE',
          birthDate: '1981-03-15',
        },
      ],
      incomes: [{ memberIdNumber: '511999198103150019', type: 'WAGE', monthlyAmount: '500.00' }],
    })
    expect(input.members[0]).not.toHaveProperty('gender')
    expect(input.incomes[0].note).toBe('')
    expect(input.assets).toEqual([])
    expect(input.phone).toBe('')
  })
})

describe('sumMoney', () => {
  it('adds exactly in fen and skips what is not an amount', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30')
    expect(sumMoney(['500', '1,200.55', 'abc', ''])).toBe('1700.55')
    expect(sumMoney([])).toBe('0.00')
  })
})
