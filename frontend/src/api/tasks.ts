import { ApiError, http } from './http'
import type { Task, TaskDetail, TaskScope } from './types'

const taskPath = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}`

/** What a task completion sends: the decision, the opinion and the fields of the step. */
export interface TaskCompletion {
  decision?: string
  opinion?: string
  [field: string]: unknown
}

export const tasksApi = {
  /** The officer's tasks; an empty list while the server has no task inbox yet (404). */
  async list(scope: TaskScope): Promise<Task[]> {
    try {
      const tasks = await http.get<Task[]>(`/api/tasks?scope=${scope}`)
      return Array.isArray(tasks) ? tasks : []
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        return []
      }
      throw e
    }
  },
  /** One task of the caller with its decisions; 404 when the caller may not act on it. */
  get: (taskId: string) => http.get<TaskDetail>(taskPath(taskId)),
  /** Whether the caller may act on the task (the server answers it only to those who may). */
  async mayAct(taskId: string): Promise<boolean> {
    try {
      await http.get<TaskDetail>(taskPath(taskId))
      return true
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return false
      throw e
    }
  },
  complete: (taskId: string, completion: TaskCompletion) =>
    http.post<void>(`${taskPath(taskId)}/complete`, completion),
}
