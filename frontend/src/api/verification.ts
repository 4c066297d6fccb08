import { http, postForm } from './http'
import type { Money } from './types'

export const DATA_SOURCES = [
  'DEPOSIT',
  'SECURITIES',
  'REAL_ESTATE',
  'VEHICLE',
  'INSURANCE',
  'INCOME_TAX',
  'BUSINESS',
  'SOCIAL_INSURANCE',
  'DEATH',
  'IMPRISONMENT',
  'OFFICIALS',
] as const
export type DataSource = (typeof DATA_SOURCES)[number]

export const WARNING_CODES = [
  'FINANCIAL_ASSETS',
  'VEHICLE',
  'REAL_ESTATE',
  'BUSINESS',
  'INCOME_TAX',
  'SOCIAL_INSURANCE',
  'DEATH',
  'IMPRISONMENT',
  'OFFICIAL',
  'UNREGISTERED_RELATIVE',
] as const
export type WarningCode = (typeof WARNING_CODES)[number]

export const WARNING_STATUSES = ['OPEN', 'CLEARED', 'CONFIRMED'] as const
export type WarningStatus = (typeof WARNING_STATUSES)[number]

export interface ImportError {
  row: number | null
  column: string | null
  message: string
}

/** The answer of an import done while the request waited (200). */
export interface ImportResult {
  rows: number
  errors: ImportError[]
  warningsRaised: number
  errorCount?: number
  batchId?: number | null
  duplicate?: boolean
}

/** An import running in the background, as polled. */
export interface ImportJob {
  jobId: string
  source?: DataSource
  fileName?: string
  status: 'RUNNING' | 'DONE' | 'FAILED'
  processed: number
  total: number
  rows: number
  errors: ImportError[]
  warningsRaised: number
  errorCount?: number
  batchId?: number | null
}

export interface ImportBatch {
  batchId: number
  source: DataSource
  fileName: string
  contentSha256: string
  rows: number
  warningsRaised: number
  importer: string
  importedAt: string
  status: string
}

/** A warning of the warnings list; the person's ID number comes masked from the server. */
export interface Warning {
  warningId: number
  householdId: number
  personId: string | null
  personKind: string | null
  source: string
  code: WarningCode | string
  detail: string
  status: WarningStatus
  raisedAt: string
  resolvedAt?: string | null
  resolvedBy?: string | null
  resolution?: string | null
}

/** A warning as the case and household pages carry it. */
export interface WarningLine {
  warningId?: number
  source: string
  code: WarningCode | string
  detail: string
  status: WarningStatus
  person?: string | null
  raisedAt?: string | null
  resolvedAt?: string | null
  resolution?: string | null
}

export interface RelativeRegistration {
  householdId: number
  caseId: number | null
  memberIdNumber: string | null
  officialIdNumber: string | null
  officialName: string | null
  officialPosition: string | null
  relation: string | null
  origin: 'DECLARED' | 'MATCHED' | string
  registeredAt: string
}

export interface VerificationRule {
  countyCode: string
  code: WarningCode
  threshold: Money | number | null
  parameter: string | null
}

export interface RuleDraft {
  code: WarningCode | ''
  threshold: string | null
  parameter: string | null
  validFrom: string
}

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text ? `?${text}` : ''
}

export const verificationApi = {
  /** Uploads a department file: the result (200) or the job to poll (202). */
  async upload(source: DataSource, file: File): Promise<ImportResult | { jobId: string }> {
    const form = new FormData()
    form.append('source', source)
    form.append('file', file, file.name)
    const answer = await postForm<ImportResult | { jobId: string }>('/api/verification/imports', form)
    return answer.body
  },
  job: (jobId: string) => http.get<ImportJob>(`/api/verification/imports/${encodeURIComponent(jobId)}`),
  batches: () => http.get<ImportBatch[]>('/api/verification/imports'),
  templateUrl: (source: DataSource) => `/api/verification/imports/templates/${source}`,
  warnings: (filter: { regionCode?: string; status?: string } = {}) =>
    http.get<Warning[]>(`/api/verification/warnings${query(filter)}`),
  registry: (filter: { regionCode?: string } = {}) =>
    http.get<RelativeRegistration[]>(`/api/verification/registry${query(filter)}`),
  rules: () => http.get<VerificationRule[]>('/api/verification/rules'),
  addRule: (draft: RuleDraft) => http.post<VerificationRule>('/api/verification/rules', draft),
}
