import { describe, expect, it } from 'vitest'
import type { Figures } from '@/api/complaints'
import { figureRows, figuresChartOption, percent } from './statistics'

function figures(received: number, foundedRate: number | null, days: number | null): Figures {
  return {
    received,
    investigated: foundedRate === null ? 0 : received,
    founded: foundedRate === null ? 0 : Math.round(received * foundedRate),
    foundedRate,
    answered: days === null ? 0 : received,
    averageDaysToAnswer: days,
  }
}

const titles = { received: '受理件数', foundedRate: '属实率', averageDays: '平均答复天数' }

describe('percent', () => {
  it('shows a rate with one decimal, or a dash when there is none', () => {
    expect(percent(0.3333)).toBe('33.3%')
    expect(percent(1)).toBe('100.0%')
    expect(percent(0)).toBe('0.0%')
    expect(percent(null)).toBe('—')
    expect(percent(undefined)).toBe('—')
  })
})

describe('figureRows', () => {
  const groups = { VISIT: figures(1, null, null), HOTLINE: figures(4, 0.5, 3.5), ONLINE: figures(2, 0, 1) }

  it('puts the given order first, then the other keys sorted, each labelled', () => {
    const rows = figureRows(groups, (key) => `#${key}`, ['HOTLINE', 'BOX', 'VISIT'])
    expect(rows.map((row) => row.key)).toEqual(['HOTLINE', 'VISIT', 'ONLINE'])
    expect(rows[0]).toMatchObject({ label: '#HOTLINE', received: 4, foundedRate: 0.5 })
  })

  it('is empty without groups', () => {
    expect(figureRows(null, String)).toEqual([])
    expect(figureRows({}, String)).toEqual([])
  })
})

describe('figuresChartOption', () => {
  const rows = figureRows(
    { '511999101000': figures(3, 0.6667, 2.5), '511999102000': figures(1, null, null) },
    (key) => (key === '511999101000' ? '东湖镇' : '西山乡'),
  )
  const option = figuresChartOption(rows, titles)

  it('draws one bar series per measure, each on its own axes', () => {
    const series = option.series as { name: string; xAxisIndex: number; yAxisIndex: number }[]
    expect(series.map((s) => s.name)).toEqual(['受理件数', '属实率', '平均答复天数'])
    expect(series.map((s) => [s.xAxisIndex, s.yAxisIndex])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ])
    expect(option.grid).toHaveLength(3)
    expect((option.xAxis as { data: string[] }[])[1].data).toEqual(['东湖镇', '西山乡'])
  })

  it('shows the rate in percent and leaves out what is not known', () => {
    const data = (option.series as { data: unknown[] }[]).map((s) => s.data)
    expect(data).toEqual([
      [3, 1],
      [66.7, '-'],
      [2.5, '-'],
    ])
  })
})
