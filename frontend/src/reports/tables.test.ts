import { describe, expect, it } from 'vitest'
import type { Funnel, Statistics } from '@/api/reports'
import { statisticsTables, stepsTable } from './tables'

const statistics: Statistics = {
  households: 2,
  persons: 6,
  byIdentity: [{ category: 'EMPLOYED', count: 1, percent: '16.67' }],
  byAge: [{ band: 'MINOR', male: 0, female: 1, count: 1, percent: '16.67' }],
  byTownship: [{ regionCode: '511999101000', name: '', households: 2, persons: 6, percent: '100.00' }],
  byClass: [{ recheckClass: 'STABLE', households: 2, persons: 6, percent: '100.00' }],
  byDisability: [{ grade: 0, count: 4, percent: '66.67' }],
}

const tag = (kind: string) => (key: string) => `${kind}:${key}`

describe('statisticsTables', () => {
  const tables = statisticsTables(statistics, {
    identity: tag('i'),
    band: tag('b'),
    recheckClass: tag('c'),
    grade: tag('g'),
    header: tag('h'),
  })

  it('labels each line and shows the percentage of persons', () => {
    expect(tables.identity).toEqual({
      headers: ['h:identity', 'h:count', 'h:percent'],
      rows: [['i:EMPLOYED', 1, '16.67%']],
    })
    expect(tables.class.rows).toEqual([['c:STABLE', 2, 6, '100.00%']])
    expect(tables.disability.rows).toEqual([['g:0', 4, '66.67%']])
  })

  it('splits the age bands by gender', () => {
    expect(tables.age.headers).toEqual(['h:band', 'h:male', 'h:female', 'h:count', 'h:percent'])
    expect(tables.age.rows).toEqual([['b:MINOR', 0, 1, 1, '16.67%']])
  })

  it('names a township without a name by its code', () => {
    expect(tables.township.rows).toEqual([['511999101000', 2, 6, '100.00%']])
  })
})

describe('stepsTable', () => {
  it('lists each step with its completions and average working days', () => {
    const funnel: Funnel = {
      from: '2026-01-01',
      to: '2026-01-31',
      applied: 1,
      refused: 0,
      approved: 0,
      running: 1,
      steps: [
        { taskKey: 'accept', completed: 1, averageWorkingDays: '2.00' },
        { taskKey: 'survey', completed: 0, averageWorkingDays: null },
      ],
    }
    expect(stepsTable(funnel, tag('s'), tag('h'))).toEqual({
      headers: ['h:step', 'h:completed', 'h:averageDays'],
      rows: [
        ['s:accept', 1, '2.00'],
        ['s:survey', 0, '—'],
      ],
    })
  })
})
