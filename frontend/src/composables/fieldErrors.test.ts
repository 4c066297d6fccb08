import { describe, expect, it } from 'vitest'
import { errorsUnder, unplacedErrors, withoutList } from './fieldErrors'

describe('field error paths', () => {
  const errors = {
    'household.members[1].idNumber': '身份证号码无效',
    'household.address': '请填写家庭住址',
    opinion: '不同意或退回须填写书面意见',
  }

  it('takes the fields below a prefix without it', () => {
    expect(errorsUnder(errors, 'household')).toEqual({
      'members[1].idNumber': '身份证号码无效',
      address: '请填写家庭住址',
    })
    expect(errorsUnder(errors, 'nothing')).toEqual({})
  })

  it('finds the errors of no shown field', () => {
    expect(unplacedErrors(errors, [/^opinion$/, /^household\.members\[\d+\]\.idNumber$/])).toEqual({
      'household.address': '请填写家庭住址',
    })
  })

  it('forgets the errors of one list', () => {
    expect(
      withoutList(
        { members: 'a', 'members[0].name': 'b', 'incomes[0].type': 'c', membersCount: 'd' },
        'members',
      ),
    ).toEqual({ 'incomes[0].type': 'c', membersCount: 'd' })
  })
})
