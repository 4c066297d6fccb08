import type { RosterImportResult } from '@/api/reports'
import type { ImportError } from '@/api/verification'

/** The roster file type the import takes (the server checks the content again). */
export const ROSTER_EXTENSIONS = ['.xlsx'] as const

export type RosterOutcome =
  | { kind: 'stored'; households: number; persons: number; duplicate: boolean }
  | { kind: 'refused'; errors: ImportError[] }

/** What an answer of POST /api/imports/roster means: any error and nothing was imported. */
export function rosterOutcome(result: RosterImportResult): RosterOutcome {
  const errors = result.errors ?? []
  if (errors.length > 0) return { kind: 'refused', errors }
  return {
    kind: 'stored',
    households: result.households,
    persons: result.persons,
    duplicate: result.duplicate === true,
  }
}
