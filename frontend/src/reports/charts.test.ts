import { describe, expect, it } from 'vitest'
import type { Funnel, Statistics } from '@/api/reports'
import {
  ageChartOption,
  classChartOption,
  disabilityChartOption,
  funnelChartOption,
  identityChartOption,
  stepsChartOption,
  townshipChartOption,
} from './charts'

const statistics: Statistics = {
  households: 2,
  persons: 6,
  byIdentity: [
    { category: 'EMPLOYED', count: 1, percent: '16.67' },
    { category: 'STUDENT', count: 5, percent: '83.33' },
    { category: 'OTHER', count: 0, percent: '0.00' },
  ],
  byAge: [
    { band: 'MINOR', male: 0, female: 1, count: 1, percent: '16.67' },
    { band: 'WORKING_AGE', male: 2, female: 1, count: 3, percent: '50.00' },
    { band: 'BEYOND', male: 1, female: 1, count: 2, percent: '33.33' },
  ],
  byTownship: [{ regionCode: '511999101000', name: '东河镇', households: 2, persons: 6, percent: '100.00' }],
  byClass: [{ recheckClass: 'STABLE', households: 2, persons: 6, percent: '100.00' }],
  byDisability: [
    { grade: 0, count: 4, percent: '66.67' },
    { grade: 1, count: 2, percent: '33.33' },
  ],
}

const label = (key: string) => `«${key}»`

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any

describe('statistics charts', () => {
  it('draws the identity categories that have anyone as a ring with labelled counts', () => {
    const option = identityChartOption(statistics, label) as Loose
    expect(option.series[0].type).toBe('pie')
    expect(option.series[0].data).toEqual([
      { name: '«EMPLOYED»', value: 1 },
      { name: '«STUDENT»', value: 5 },
    ])
  })

  it('stacks men and women in each age band', () => {
    const option = ageChartOption(statistics, label, { male: '男', female: '女' }) as Loose
    expect(option.xAxis.data).toEqual(['«MINOR»', '«WORKING_AGE»', '«BEYOND»'])
    expect(option.series.map((s: Loose) => [s.name, s.stack, s.data])).toEqual([
      ['男', 'gender', [0, 2, 1]],
      ['女', 'gender', [1, 1, 1]],
    ])
    expect(option.legend).toBeDefined()
  })

  it('shows households and persons of each township by name and of each class by label', () => {
    const names = { households: '户数', persons: '人数' }
    const townships = townshipChartOption(statistics, names) as Loose
    expect(townships.xAxis.data).toEqual(['东河镇'])
    expect(townships.series.map((s: Loose) => s.data)).toEqual([[2], [6]])
    const classes = classChartOption(statistics, label, names) as Loose
    expect(classes.xAxis.data).toEqual(['«STABLE»'])
    expect(classes.series[1].name).toBe('人数')
  })

  it('counts persons by disability grade, with one series and no legend', () => {
    const option = disabilityChartOption(statistics, label, '人数') as Loose
    expect(option.xAxis.data).toEqual(['«0»', '«1»'])
    expect(option.series).toHaveLength(1)
    expect(option.series[0].data).toEqual([4, 2])
    expect(option.legend).toBeUndefined()
  })
})

describe('funnel charts', () => {
  const funnel: Funnel = {
    from: '2026-01-01',
    to: '2026-06-30',
    applied: 10,
    refused: 2,
    approved: 5,
    running: 3,
    steps: [
      { taskKey: 'accept', completed: 10, averageWorkingDays: '1.50' },
      { taskKey: 'countyApproval', completed: 0, averageWorkingDays: null },
    ],
  }

  it('shows applied, refused, approved and running in that order', () => {
    const option = funnelChartOption(funnel, label) as Loose
    expect(option.yAxis.data).toEqual(['«applied»', '«refused»', '«approved»', '«running»'])
    expect(option.series[0].data.map((d: Loose) => d.value)).toEqual([10, 2, 5, 3])
  })

  it('shows the average working days of each step, none for a step nobody completed', () => {
    const option = stepsChartOption(funnel, label, '平均工作日') as Loose
    expect(option.series[0].label.show).toBe(true)
    expect(option.xAxis.data).toEqual(['«accept»', '«countyApproval»'])
    expect(option.series).toHaveLength(1)
    expect(option.series[0].data).toEqual([1.5, '-'])
    expect(option.series[0].name).toBe('平均工作日')
  })
})
