import type {
  AssetInput,
  Household,
  HouseholdInput,
  IncomeInput,
  MemberInput,
  SupporterInput,
} from '@/api/types'
import { checkIdNumber, normalizeIdNumber } from './idNumber'

export function emptyMember(relation: MemberInput['relation'] = ''): MemberInput {
  return {
    name: '',
    idNumber: '',
    relation,
    identityCategory: '',
    disabilityGrade: 0,
    seriousIllness: false,
    ableToWork: true,
  }
}

export function emptyIncome(memberIdNumber = ''): IncomeInput {
  return { memberIdNumber, type: '', monthlyAmount: '', note: '' }
}

export function emptyAsset(memberIdNumber = ''): AssetInput {
  return { memberIdNumber, type: '', value: '', note: '', exempt: false }
}

export function emptySupporter(): SupporterInput {
  return {
    name: '',
    idNumber: '',
    relation: '',
    householdSize: 1,
    householdMonthlyIncome: '',
    monthlySupport: '',
  }
}

/** A new application: the region chosen when there is one choice, the first member the head. */
export function emptyHousehold(regionCode = ''): HouseholdInput {
  return {
    regionCode,
    address: '',
    phone: '',
    bankAccount: '',
    consentToPublishIncome: false,
    authorizationSigned: false,
    pledgeSigned: false,
    relativeOfOfficer: false,
    members: [emptyMember('HEAD')],
    incomes: [],
    assets: [],
    supporters: [],
  }
}

/** The form filled from a case's household, for a supplement (补正) that replaces it whole. */
export function householdToInput(household: Household): HouseholdInput {
  return {
    regionCode: household.regionCode,
    address: household.address ?? '',
    phone: household.phone ?? '',
    bankAccount: household.bankAccount ?? '',
    consentToPublishIncome: !!household.consentToPublishIncome,
    authorizationSigned: !!household.authorizationSigned,
    pledgeSigned: !!household.pledgeSigned,
    relativeOfOfficer: !!household.relativeOfOfficer,
    members: household.members.map((member) => ({
      name: member.name,
      idNumber: member.idNumber,
      relation: member.relation,
      identityCategory: member.identityCategory,
      disabilityGrade: member.disabilityGrade ?? 0,
      seriousIllness: !!member.seriousIllness,
      ableToWork: !!member.ableToWork,
    })),
    incomes: (household.incomes ?? []).map((income) => ({
      memberIdNumber: income.memberIdNumber,
      type: income.type,
      monthlyAmount: income.monthlyAmount ?? '',
      note: income.note ?? '',
    })),
    assets: (household.assets ?? []).map((asset) => ({
      memberIdNumber: asset.memberIdNumber,
      type: asset.type,
      value: asset.value ?? '',
      note: asset.note ?? '',
      exempt: !!asset.exempt,
    })),
    supporters: (household.supporters ?? []).map((supporter) => ({
      name: supporter.name,
      idNumber: supporter.idNumber,
      relation: supporter.relation ?? '',
      householdSize: supporter.householdSize ?? 1,
      householdMonthlyIncome: supporter.householdMonthlyIncome ?? '',
      monthlySupport: supporter.monthlySupport ?? '',
    })),
  }
}

const MONEY = /^\d+(\.\d{1,2})?$/

/**
 * A typed amount as the server's decimal string: "500" → "500.00", "1,200.5" → "1200.50".
 * What is not an amount stays as typed, so that the server names the problem at its field.
 */
export function normalizeMoney(value: string | null | undefined): string {
  const text = (value ?? '')
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^¥/, '')
  if (!MONEY.test(text)) return (value ?? '').trim()
  const [whole, fraction = ''] = text.split('.')
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`
}

export function isMoney(value: string | null | undefined): boolean {
  return MONEY.test((value ?? '').trim())
}

/** The body sent to the server: trimmed texts, upper-case ID numbers, amounts with two places. */
export function toHouseholdInput(draft: HouseholdInput): HouseholdInput {
  return {
    ...draft,
    address: draft.address.trim(),
    phone: draft.phone.trim(),
    bankAccount: draft.bankAccount.trim(),
    members: draft.members.map((member) => ({
      ...member,
      name: member.name.trim(),
      idNumber: normalizeIdNumber(member.idNumber),
    })),
    incomes: draft.incomes.map((income) => ({
      ...income,
      memberIdNumber: normalizeIdNumber(income.memberIdNumber),
      monthlyAmount: normalizeMoney(income.monthlyAmount),
      note: income.note.trim(),
    })),
    assets: draft.assets.map((asset) => ({
      ...asset,
      memberIdNumber: normalizeIdNumber(asset.memberIdNumber),
      value: normalizeMoney(asset.value),
      note: asset.note.trim(),
    })),
    supporters: draft.supporters.map((supporter) => ({
      ...supporter,
      name: supporter.name.trim(),
      idNumber: normalizeIdNumber(supporter.idNumber),
      relation: supporter.relation.trim(),
      householdMonthlyIncome: normalizeMoney(supporter.householdMonthlyIncome),
      monthlySupport: normalizeMoney(supporter.monthlySupport),
    })),
  }
}

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The message for an ID number that does not check out, or '' when it is valid. */
export function idNumberMessage(value: string, t: Translate, today: Date = new Date()): string {
  const check = checkIdNumber(value, today)
  if (check.valid) return ''
  return t(`household.idNumber.${check.problem}`, { expected: check.expectedCheck ?? '' })
}

/**
 * What the browser can tell before asking the server, keyed like the server's field errors
 * (members[1].idNumber): ID numbers, the one head, duplicates and amounts. The server checks
 * everything again and its answer is shown the same way.
 */
export function householdErrors(draft: HouseholdInput, t: Translate, today: Date = new Date()) {
  const errors: Record<string, string> = {}
  if (!draft.regionCode) errors.regionCode = t('household.error.region')
  if (!draft.address.trim()) errors.address = t('household.error.address')
  if (draft.members.length === 0) errors.members = t('household.error.noMembers')
  const heads = draft.members.filter((member) => member.relation === 'HEAD').length
  if (draft.members.length > 0 && heads === 0) errors.members = t('household.error.noHead')
  const seen = new Set<string>()
  let headSeen = false
  draft.members.forEach((member, i) => {
    const path = `members[${i}]`
    if (!member.name.trim()) errors[`${path}.name`] = t('household.error.name')
    const idMessage = idNumberMessage(member.idNumber, t, today)
    const id = normalizeIdNumber(member.idNumber)
    if (idMessage) errors[`${path}.idNumber`] = idMessage
    else if (seen.has(id)) errors[`${path}.idNumber`] = t('household.error.duplicate')
    seen.add(id)
    if (!member.relation) errors[`${path}.relation`] = t('household.error.relation')
    else if (member.relation === 'HEAD') {
      if (headSeen) errors[`${path}.relation`] = t('household.error.secondHead')
      headSeen = true
    }
    if (!member.identityCategory) errors[`${path}.identityCategory`] = t('household.error.identityCategory')
  })
  const memberIds = new Set(draft.members.map((member) => normalizeIdNumber(member.idNumber)))
  const owned = (kind: 'incomes' | 'assets', i: number, owner: string) => {
    if (!owner || !memberIds.has(normalizeIdNumber(owner))) {
      errors[`${kind}[${i}].memberIdNumber`] = t('household.error.owner')
    }
  }
  draft.incomes.forEach((income, i) => {
    owned('incomes', i, income.memberIdNumber)
    if (!income.type) errors[`incomes[${i}].type`] = t('household.error.type')
    if (!isMoney(normalizeMoney(income.monthlyAmount)))
      errors[`incomes[${i}].monthlyAmount`] = t('household.error.money')
  })
  draft.assets.forEach((asset, i) => {
    owned('assets', i, asset.memberIdNumber)
    if (!asset.type) errors[`assets[${i}].type`] = t('household.error.type')
    if (!isMoney(normalizeMoney(asset.value))) errors[`assets[${i}].value`] = t('household.error.money')
  })
  draft.supporters.forEach((supporter, i) => {
    const path = `supporters[${i}]`
    if (!supporter.name.trim()) errors[`${path}.name`] = t('household.error.name')
    const idMessage = idNumberMessage(supporter.idNumber, t, today)
    if (idMessage) errors[`${path}.idNumber`] = idMessage
    for (const field of ['householdMonthlyIncome', 'monthlySupport'] as const) {
      if (supporter[field].trim() && !isMoney(normalizeMoney(supporter[field]))) {
        errors[`${path}.${field}`] = t('household.error.money')
      }
    }
  })
  if (!draft.authorizationSigned) errors.authorizationSigned = t('household.error.authorization')
  if (!draft.pledgeSigned) errors.pledgeSigned = t('household.error.pledge')
  return errors
}

/** The fields the household form shows an error at; others are listed above the form. */
export const HOUSEHOLD_FIELDS: readonly RegExp[] = [
  /^(regionCode|address|phone|bankAccount|consentToPublishIncome|authorizationSigned|pledgeSigned|relativeOfOfficer|members|incomes|assets|supporters)$/,
  /^members\[\d+\]\.(name|idNumber|relation|identityCategory|disabilityGrade|seriousIllness|ableToWork)$/,
  /^incomes\[\d+\]\.(memberIdNumber|type|monthlyAmount|note)$/,
  /^assets\[\d+\]\.(memberIdNumber|type|value|note|exempt)$/,
  /^supporters\[\d+\]\.(name|idNumber|relation|householdSize|householdMonthlyIncome|monthlySupport)$/,
]

/** Exact sum of two-place amounts (as integer fen), written with two places; invalid ones count 0. */
export function sumMoney(values: readonly string[]): string {
  let fen = 0
  for (const value of values) {
    const normalized = normalizeMoney(value)
    if (!isMoney(normalized)) continue
    const [whole, fraction] = normalized.split('.')
    fen += Number(whole) * 100 + Number(fraction)
  }
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}
