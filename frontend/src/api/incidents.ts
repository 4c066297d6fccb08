import { http } from './http'

/** An open incident of the engine: a step that failed until no try was left (GET /api/incidents). */
export interface Incident {
  id: string
  /** Camunda's type: failedJob for a job that ran out of retries. */
  type: string
  processDefinitionKey: string | null
  processDefinitionVersion: number
  processInstanceId: string | null
  businessKey?: string | null
  /** The case the process runs for, if any. */
  caseId?: number | null
  activityId: string | null
  message: string | null
  time: string
  jobId?: string | null
  /** A failed job, which may be given another try. */
  retriable: boolean
}

const one = (incidentId: string) => `/api/incidents/${encodeURIComponent(incidentId)}`

export const incidentsApi = {
  list: () => http.get<Incident[]>('/api/incidents'),
  retry: (incidentId: string) => http.post<Incident>(`${one(incidentId)}/retry`),
}
