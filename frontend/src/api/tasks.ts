import { ApiError, http } from './http'
import type { Task, TaskScope } from './types'

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
}
