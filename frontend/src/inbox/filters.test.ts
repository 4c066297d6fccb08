import { describe, expect, it } from 'vitest'
import type { Task } from '@/api/types'
import { NO_FILTER, applyFilter, processOptions, regionPrefix, taskOptions } from './filters'

function task(id: string, processKey: string, taskKey: string, regionCode: string, due: string | null): Task {
  return {
    taskId: id,
    taskKey,
    name: `name-${taskKey}`,
    processKey,
    processInstanceId: `p${id}`,
    regionCode,
    created: '2026-11-01T00:00:00Z',
    due,
  }
}

const tasks = [
  task('1', 'dibao-application', 'accept', '511999101001', null),
  task('2', 'dibao-application', 'survey', '511999101002', '2026-12-03T09:00:00Z'),
  task('3', 'complaint', 'investigate', '511999102001', '2026-12-01T09:00:00Z'),
  task('4', 'dibao-application', 'newStep', '511999101001', '2026-12-20T09:00:00Z'),
]

describe('inbox filters', () => {
  it('offers the processes and task keys found in the tasks, new ones included', () => {
    expect(processOptions(tasks).map((o) => o.value)).toEqual(['dibao-application', 'complaint'])
    expect(taskOptions(tasks, 'dibao-application')).toEqual([
      { value: 'accept', label: 'name-accept' },
      { value: 'survey', label: 'name-survey' },
      { value: 'newStep', label: 'name-newStep' },
    ])
  })

  it('narrows by process, task key and region subtree', () => {
    const ids = (f: Partial<typeof NO_FILTER>) =>
      applyFilter(tasks, { ...NO_FILTER, ...f }).map((t) => t.taskId)
    expect(ids({ processKey: 'complaint' })).toEqual(['3'])
    expect(ids({ taskKey: 'survey' })).toEqual(['2'])
    expect(ids({ regionCode: '511999101000' })).toEqual(['1', '2', '4'])
    expect(ids({ regionCode: '511999101001' })).toEqual(['1', '4'])
    expect(ids({})).toEqual(['1', '2', '3', '4'])
  })

  it('keeps tasks due by the day and sorts by due date with undated ones last', () => {
    const ids = (f: Partial<typeof NO_FILTER>) =>
      applyFilter(tasks, { ...NO_FILTER, ...f }).map((t) => t.taskId)
    expect(ids({ dueBy: '2026-12-10' })).toEqual(['2', '3'])
    expect(ids({ sort: 'due' })).toEqual(['3', '2', '4', '1'])
  })

  it('knows the subtree prefix of each level', () => {
    expect(regionPrefix('511999000000')).toBe('511999')
    expect(regionPrefix('511999101000')).toBe('511999101')
    expect(regionPrefix('511999101001')).toBe('511999101001')
  })
})
