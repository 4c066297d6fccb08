import { describe, expect, it } from 'vitest'
import { acceptedFile, isJobAnswer, outcomeOf, pollDelay, progressPercent } from './imports'

describe('department data imports', () => {
  it('accepts .xlsx and .csv files only, whatever the case of the extension', () => {
    expect(acceptedFile('车辆.xlsx')).toBe(true)
    expect(acceptedFile('VEHICLE.CSV')).toBe(true)
    expect(acceptedFile('old.xls')).toBe(false)
    expect(acceptedFile('data.csv.zip')).toBe(false)
  })

  it('accepts only the extensions given, when given (a roster is .xlsx only)', () => {
    expect(acceptedFile('花名册.XLSX', ['.xlsx'])).toBe(true)
    expect(acceptedFile('花名册.csv', ['.xlsx'])).toBe(false)
  })

  it('tells a job answer (202) from a result (200)', () => {
    expect(isJobAnswer({ jobId: 'a1' })).toBe(true)
    expect(isJobAnswer({ rows: 3, errors: [], warningsRaised: 0 })).toBe(false)
  })

  it('computes the progress within 0 to 100', () => {
    expect(progressPercent(0, 0)).toBe(0)
    expect(progressPercent(250, 1000)).toBe(25)
    expect(progressPercent(1200, 1000)).toBe(100)
    expect(progressPercent(1, 3)).toBe(33)
  })

  it('reads a stored, a duplicate, a refused and a failed import', () => {
    expect(outcomeOf({ rows: 1, errors: [], warningsRaised: 2, batchId: 7 })).toEqual({
      kind: 'stored',
      rows: 1,
      warningsRaised: 2,
      duplicate: false,
      batchId: 7,
    })
    expect(outcomeOf({ rows: 4, errors: [], warningsRaised: 0, duplicate: true, batchId: 3 })).toMatchObject({
      kind: 'stored',
      duplicate: true,
    })
    const errors = [
      { row: 3, column: '车辆类型', message: '应为 小型汽车、残疾人机动轮椅车、农用车 或 其他' },
    ]
    expect(outcomeOf({ rows: 0, errors, warningsRaised: 0, errorCount: 1200 })).toEqual({
      kind: 'refused',
      errors,
      errorCount: 1200,
    })
    expect(
      outcomeOf({
        jobId: 'j',
        status: 'FAILED',
        processed: 0,
        total: 10,
        rows: 0,
        errors: [{ row: null, column: null, message: '读取失败' }],
        warningsRaised: 0,
      }),
    ).toMatchObject({ kind: 'failed' })
    expect(
      outcomeOf({
        jobId: 'j',
        status: 'DONE',
        processed: 9,
        total: 9,
        rows: 9,
        errors: [],
        warningsRaised: 1,
      }),
    ).toMatchObject({ kind: 'stored', rows: 9, warningsRaised: 1 })
  })

  it('polls quickly at first, then every two seconds at most', () => {
    expect(pollDelay(0)).toBe(300)
    expect(pollDelay(2)).toBe(900)
    expect(pollDelay(50)).toBe(2000)
  })
})
