import type { RegionKind, Role } from '@/roles'
import type { WarningLine } from './verification'

export interface Officer {
  username: string
  displayName: string
  roles: Role[]
  regionCode: string
  regionName?: string
  /** The officer signed in with a password everybody knows and must change it before anything else. */
  passwordChangeRequired?: boolean
}

export interface OfficerRecord {
  username: string
  displayName: string
  role: Role
  regionCode: string
  enabled: boolean
  lockedUntil?: string
}

export interface OfficerDraft {
  username: string
  displayName: string
  role: Role | ''
  regionCode: string
  enabled: boolean
  password: string
}

export interface Region {
  code: string
  name: string
  kind: RegionKind
  parentCode?: string | null
}

export interface Task {
  taskId: string
  taskKey: string
  name: string
  processKey: string
  processInstanceId: string
  caseId?: number | string | null
  /** Set on the tasks of a complaint, which may have no case. */
  complaintId?: number | null
  regionCode?: string | null
  created: string
  due?: string | null
  overdue?: boolean
  completed?: string | null
}

export type TaskScope = 'todo' | 'done'

export const RELATIONS = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER'] as const
export type Relation = (typeof RELATIONS)[number]

export const IDENTITY_CATEGORIES = [
  'EMPLOYED',
  'LAID_OFF',
  'UNEMPLOYED',
  'RETIRED',
  'THREE_NO',
  'STUDENT',
  'OTHER',
] as const
export type IdentityCategory = (typeof IDENTITY_CATEGORIES)[number]

export const INCOME_TYPES = ['WAGE', 'BUSINESS', 'PROPERTY', 'TRANSFER', 'OTHER', 'EXCLUDED'] as const
export type IncomeType = (typeof INCOME_TYPES)[number]

export const ASSET_TYPES = [
  'DEPOSIT',
  'SECURITIES',
  'VEHICLE',
  'REAL_ESTATE',
  'INSURANCE',
  'BUSINESS',
] as const
export type AssetType = (typeof ASSET_TYPES)[number]

export const CASE_STATUSES = [
  'APPLIED',
  'ACCEPTED',
  'SURVEYED',
  'NOTICE',
  'REVIEWED',
  'AUDITED',
  'APPROVED',
  'REFUSED',
  'ACTIVE',
  'STOPPED',
  'PROOF_REQUESTED',
  'CLEARED',
  'REDUCED',
  'RECHECKING',
  'CONTINUED',
  'INCREASED',
  'GRADUAL_EXIT',
] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

export const NOTICE_KINDS = ['APPLICATION', 'REVIEW', 'AUDIT', 'APPROVAL', 'CHANGE', 'EXIT'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

/** Money travels as a decimal string with two places ("865.00"), never as a number. */
export type Money = string

export interface MemberInput {
  name: string
  idNumber: string
  relation: Relation | ''
  identityCategory: IdentityCategory | ''
  disabilityGrade: number
  seriousIllness: boolean
  ableToWork: boolean
}

export interface IncomeInput {
  memberIdNumber: string
  type: IncomeType | ''
  monthlyAmount: Money
  note: string
}

export interface AssetInput {
  memberIdNumber: string
  type: AssetType | ''
  value: Money
  note: string
  exempt: boolean
}

export interface SupporterInput {
  name: string
  idNumber: string
  relation: string
  householdSize: number | null
  householdMonthlyIncome: Money
  monthlySupport: Money
}

/** The household of an application (POST /api/applications) and of a supplement. */
export interface HouseholdInput {
  regionCode: string
  address: string
  phone: string
  bankAccount: string
  consentToPublishIncome: boolean
  authorizationSigned: boolean
  pledgeSigned: boolean
  relativeOfOfficer: boolean
  members: MemberInput[]
  incomes: IncomeInput[]
  assets: AssetInput[]
  supporters: SupporterInput[]
}

export interface Member extends Omit<MemberInput, 'relation' | 'identityCategory'> {
  relation: Relation
  identityCategory: IdentityCategory
  gender?: 'MALE' | 'FEMALE'
  birthDate?: string
}

export interface Household {
  householdId?: number | string
  regionCode: string
  address?: string | null
  phone?: string | null
  bankAccount?: string | null
  consentToPublishIncome?: boolean
  authorizationSigned?: boolean
  pledgeSigned?: boolean
  relativeOfOfficer?: boolean
  status?: string
  members: Member[]
  incomes?: Array<Omit<IncomeInput, 'type' | 'note'> & { type: IncomeType; note?: string | null }>
  assets?: Array<
    Omit<AssetInput, 'type' | 'note' | 'exempt'> & { type: AssetType; note?: string | null; exempt?: boolean }
  >
  supporters?: Array<
    Omit<SupporterInput, 'householdMonthlyIncome' | 'monthlySupport'> & {
      householdMonthlyIncome?: Money | null
      monthlySupport?: Money | null
    }
  >
}

export type CaseId = number | string

export interface CreatedApplication {
  caseId: CaseId
  processInstanceId: string
  status: CaseStatus
}

export interface CaseSummary {
  caseId: CaseId
  kind: string
  status: CaseStatus
  regionCode: string
  headName?: string | null
  householdSize?: number | null
  appliedAt?: string | null
  dueAt?: string | null
}

export interface AddOn {
  memberIdNumber: string
  category: string
  rate: string
  amount: Money
}

export interface Reason {
  code: string
  message: string
}

export interface Assessment {
  asOf?: string
  area?: string
  standard: Money
  members: number
  householdNetIncome: Money
  perCapitaIncome: Money
  baseAmount: Money
  addOns: AddOn[]
  monthlyAmount: Money
  eligible: boolean
  reasons: Reason[]
}

export interface TimelineEntry {
  at: string
  actor?: string | null
  role?: string | null
  action: string
  taskKey?: string | null
  decision?: string | null
  opinion?: string | null
  detail?: Record<string, unknown> | null
}

export interface CaseNotice {
  noticeId: number | string
  kind: NoticeKind
  from: string
  to?: string | null
  withdrawn: boolean
}

export interface CaseDocument {
  documentId: number | string
  kind: string
  fileName: string
  createdAt: string
}

export interface CaseObjection {
  trackingCode: string
  content: string
  status: 'RECEIVED' | 'CLOSED'
  founded?: boolean | null
  reply?: string | null
  receivedAt: string
}

export interface OpenTask {
  taskId: string
  taskKey: string
  name: string
  created: string
  due?: string | null
  candidateGroups?: string[]
}

export interface CaseDetail {
  caseId: CaseId
  kind: string
  status: CaseStatus
  regionCode: string
  regionName?: string | null
  householdId?: number | string | null
  household: Household
  monthlyAmount?: Money | null
  perCapitaIncome?: Money | null
  proposedAmount?: Money | null
  paymentStartMonth?: string | null
  appliedAt?: string | null
  acceptedAt?: string | null
  dueAt?: string | null
  decidedAt?: string | null
  flags: string[]
  assessment?: Assessment | null
  timeline: TimelineEntry[]
  notices: CaseNotice[]
  documents: CaseDocument[]
  objections: CaseObjection[]
  /** Warnings of economic verification on the case's household (absent on older servers). */
  warnings?: WarningLine[]
  openTasks: OpenTask[]
}

export interface ProcessView {
  processDefinitionId: string
  processKey: string
  bpmnXml: string
  completedActivityIds: string[]
  activeActivityIds: string[]
}

export interface TaskDetail {
  task: Task
  decisions: string[]
  opinionRequiredFor: string[]
}

export interface PublicNotice {
  noticeId: number | string
  kind: NoticeKind
  regionCode: string
  villageName: string
  headName: string
  householdSize: number
  monthlyAmount: Money
  perCapitaIncome?: Money | null
  supportersIncome?: Money | null
  from: string
  to?: string | null
}

export interface ObjectionDraft {
  content: string
  contactName?: string
  contactPhone?: string
}

export interface ObjectionStatus {
  status: 'RECEIVED' | 'CLOSED'
  reply?: string | null
  received?: string | null
  closed?: string | null
}

export type DayKind = 'HOLIDAY' | 'WORKDAY'

export interface CalendarDay {
  day: string
  kind: DayKind
  name?: string | null
}

export type Area = 'RURAL' | 'URBAN'

export interface Standard {
  id: number | string
  countyCode: string
  area: Area
  monthlyAmount: Money
  validFrom: string
  validTo?: string | null
}

export interface PasswordPolicy {
  minLength: number
  minClasses: number
}
