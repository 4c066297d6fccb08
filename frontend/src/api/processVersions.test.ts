import { describe, expect, it } from 'vitest'
import { percentDone, type MigrationProgress } from './processVersions'

const batch = (completedJobs: number, totalJobs: number): MigrationProgress => ({
  batchId: 'b',
  status: 'RUNNING',
  totalJobs,
  completedJobs,
  failedJobs: 0,
  instancesPerJob: 50,
})

describe('percentDone', () => {
  it('is the share of the batch jobs done, rounded down so that 100 means all', () => {
    expect(percentDone(batch(0, 3))).toBe(0)
    expect(percentDone(batch(2, 3))).toBe(66)
    expect(percentDone(batch(199, 200))).toBe(99)
    expect(percentDone(batch(3, 3))).toBe(100)
  })

  it('counts a batch without jobs as done', () => {
    expect(percentDone(batch(0, 0))).toBe(100)
  })
})
