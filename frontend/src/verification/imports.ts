import type { ImportError, ImportJob, ImportResult } from '@/api/verification'

/** File types the import accepts (the server checks the content again). */
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv'] as const

/** Whether a file name has an extension the import accepts (by default those of department data). */
export function acceptedFile(name: string, extensions: readonly string[] = IMPORT_EXTENSIONS): boolean {
  const lower = name.toLowerCase()
  return extensions.some((extension) => lower.endsWith(extension))
}

export function isJobAnswer(answer: ImportResult | { jobId: string }): answer is { jobId: string } {
  return typeof (answer as { jobId?: unknown }).jobId === 'string' && !('rows' in answer)
}

/** Percentage of a running job, 0 to 100; `total` is an estimate while the job runs. */
export function progressPercent(processed: number, total: number): number {
  if (!total || total <= 0) return 0
  return Math.max(0, Math.min(100, Math.floor((processed / total) * 100)))
}

export type ImportOutcome =
  | { kind: 'stored'; rows: number; warningsRaised: number; duplicate: boolean; batchId: number | null }
  | { kind: 'refused'; errors: ImportError[]; errorCount: number }
  | { kind: 'failed'; errors: ImportError[] }

/** What an answer or a finished job means for the page. */
export function outcomeOf(answer: ImportResult | ImportJob): ImportOutcome {
  if ('status' in answer && answer.status === 'FAILED') {
    return { kind: 'failed', errors: answer.errors ?? [] }
  }
  const errors = answer.errors ?? []
  if (errors.length > 0 || (answer.errorCount ?? 0) > 0) {
    return { kind: 'refused', errors, errorCount: Math.max(answer.errorCount ?? 0, errors.length) }
  }
  return {
    kind: 'stored',
    rows: answer.rows,
    warningsRaised: answer.warningsRaised,
    duplicate: 'duplicate' in answer ? answer.duplicate === true : false,
    batchId: answer.batchId ?? null,
  }
}

/** Delay before the next poll of a job: quick at first, then at most every two seconds. */
export function pollDelay(attempt: number): number {
  return Math.min(2000, 300 + attempt * 300)
}
