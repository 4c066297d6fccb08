import type { RegionKind, Role } from '@/roles'

export interface Officer {
  username: string
  displayName: string
  roles: Role[]
  regionCode: string
  regionName?: string
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
  caseId?: string | null
  regionCode?: string | null
  created: string
  due?: string | null
  overdue?: boolean
}

export type TaskScope = 'todo' | 'done'
