export const ROLES = ['VILLAGE', 'TOWNSHIP', 'COUNTY', 'SUPERVISOR', 'INSPECTOR', 'ADMIN'] as const
export type Role = (typeof ROLES)[number]

export const REGION_KINDS = ['COUNTY', 'TOWNSHIP', 'VILLAGE', 'COMMUNITY'] as const
export type RegionKind = (typeof REGION_KINDS)[number]

/** Roles that see case data and therefore have a task inbox. */
export const CASE_ROLES: Role[] = ['VILLAGE', 'TOWNSHIP', 'COUNTY', 'SUPERVISOR', 'INSPECTOR']

/** Roles that read case data but never change it: no action buttons on case pages. */
export const READ_ONLY_ROLES: Role[] = ['SUPERVISOR', 'INSPECTOR']

/** Roles that read the audit trail (the server allows only these). */
export const AUDIT_ROLES: Role[] = ['INSPECTOR']

/** Roles that register applications on a household's behalf (代办). */
export const APPLYING_ROLES: Role[] = ['VILLAGE', 'TOWNSHIP']

/** Roles that read warnings, households and the close-relatives registry of their jurisdiction. */
export const VERIFICATION_ROLES: Role[] = ['VILLAGE', 'TOWNSHIP', 'COUNTY', 'INSPECTOR']

/** Roles that import department data and set the county's verification rules. */
/** Who registers complaints and keeps the ledger. */
export const COMPLAINT_ROLES: Role[] = ['VILLAGE', 'TOWNSHIP', 'COUNTY']

export const IMPORT_ROLES: Role[] = ['COUNTY']

/** Who starts campaigns (专项核查) and reads their reports. */
export const CAMPAIGN_ROLES: Role[] = ['COUNTY']

/** Who sees the process versions and migrates running instances between them. */
export const PROCESS_VERSION_ROLES: Role[] = ['SUPERVISOR']
/** Roles that download the report exports (roster, notice table; the others from the township up). */
export const REPORT_ROLES: Role[] = ['VILLAGE', 'TOWNSHIP', 'COUNTY', 'INSPECTOR']

/** Roles that read the statistics and the application funnel. */
export const STATISTICS_ROLES: Role[] = ['TOWNSHIP', 'COUNTY', 'INSPECTOR']

/** Who sees the engine's incidents and retries failed jobs (the server allows only these). */
export const INCIDENT_ROLES: Role[] = ['SUPERVISOR']

/** Roles that set allowance standards. */
export const STANDARD_SETTERS: Role[] = ['COUNTY']

/** The county a region belongs to: the first six digits of its code, padded with zeros. */
export function countyOf(regionCode: string | null | undefined): string {
  return regionCode && regionCode.length >= 6 ? `${regionCode.slice(0, 6)}000000` : ''
}

/**
 * A Camunda candidate group (township-511999101000) as the role and region it routes to; null
 * for a group of another shape.
 */
export function parseCandidateGroup(group: string): { role: Role; regionCode: string | null } | null {
  const match = /^([a-z]+)(?:-(\d{12}))?$/.exec(group)
  if (!match) return null
  const role = match[1].toUpperCase()
  return isRole(role) ? { role, regionCode: match[2] ?? null } : null
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** The region levels an officer of the role may belong to (mirrors the server's rule). */
export function regionKindsFor(role: Role | '' | null | undefined): RegionKind[] {
  switch (role) {
    case 'VILLAGE':
      return ['VILLAGE', 'COMMUNITY']
    case 'TOWNSHIP':
      return ['TOWNSHIP']
    case 'COUNTY':
    case 'SUPERVISOR':
    case 'INSPECTOR':
    case 'ADMIN':
      return ['COUNTY']
    default:
      return []
  }
}

/** The kinds a new child of a region of this kind may have. */
export function childKindsOf(kind: RegionKind): RegionKind[] {
  switch (kind) {
    case 'COUNTY':
      return ['TOWNSHIP']
    case 'TOWNSHIP':
      return ['VILLAGE', 'COMMUNITY']
    default:
      return []
  }
}

/** How many leading digits of a 12-digit code a region of this kind owns. */
export function ownDigitsOf(kind: RegionKind): number {
  switch (kind) {
    case 'COUNTY':
      return 6
    case 'TOWNSHIP':
      return 9
    default:
      return 12
  }
}
