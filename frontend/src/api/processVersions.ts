import { http } from './http'

export interface WaitingAt {
  activityId: string
  activityName?: string | null
  instances: number
}

export interface ProcessVersion {
  definitionId: string
  version: number
  versionTag?: string | null
  name?: string | null
  deploymentId: string
  deploymentName?: string | null
  source?: string | null
  deployedAt?: string | null
  runningInstances: number
  latest: boolean
  waitingAt: WaitingAt[]
}

export interface ProcessHistory {
  key: string
  name?: string | null
  versions: ProcessVersion[]
}

export interface MigrationDefinition {
  id: string
  key: string
  version: number
}

export interface UnmappableInstance {
  processInstanceId: string
  businessKey?: string | null
  activities: Array<{ id: string; name?: string | null }>
  reasons: string[]
}

export interface MigrationDryRun {
  source: MigrationDefinition
  target: MigrationDefinition
  instances: number
  mappable: number
  unmappable: UnmappableInstance[]
}

export interface MigrationStarted {
  batchId: string
  source: MigrationDefinition
  target: MigrationDefinition
  instances: number
  batchSize: number
  skipped: UnmappableInstance[]
}

export type MigrationStatus = 'RUNNING' | 'COMPLETED' | 'FAILED'

export interface MigrationProgress {
  batchId: string
  status: MigrationStatus
  totalJobs: number
  completedJobs: number
  failedJobs: number
  instancesPerJob: number
  startedBy?: string | null
  startedAt?: string | null
  endedAt?: string | null
}

export interface MigrationRequest {
  sourceDefinitionId: string
  targetDefinitionId: string
}

export const processVersionsApi = {
  list: () => http.get<ProcessHistory[]>('/api/process-versions'),
  dryRun: (request: MigrationRequest) => http.post<MigrationDryRun>('/api/migrations/dry-run', request),
  /** Creates the migration batch (202); its jobs move the instances in the background. */
  start: (request: MigrationRequest) => http.post<MigrationStarted>('/api/migrations', request),
  progress: (batchId: string) =>
    http.get<MigrationProgress>(`/api/migrations/${encodeURIComponent(batchId)}`),
  recent: () => http.get<MigrationProgress[]>('/api/migrations'),
}

/** Percentage of a batch's jobs done (a batch without jobs counts as done). */
export function percentDone(progress: MigrationProgress): number {
  if (progress.totalJobs === 0) return 100
  return Math.floor((progress.completedJobs * 100) / progress.totalJobs)
}
