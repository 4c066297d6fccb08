import type { Figures } from '@/api/complaints'
import type { ChartOption } from '@/components/charts/echarts'

/** One line of a statistics table: a channel or a township with its figures. */
export interface FigureRow extends Figures {
  key: string
  label: string
}

/** Titles of the three measures a figures chart shows side by side. */
export interface MeasureTitles {
  received: string
  foundedRate: string
  averageDays: string
}

/** A founded rate (0.3333) as a percentage with one decimal ("33.3%"); "—" when there is none. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(Number(rate) * 100).toFixed(1)}%`
}

/**
 * The groups of a statistics answer as table rows: the keys of {@code order} first in that order,
 * then any other key sorted; each labelled by {@code labelOf}.
 */
export function figureRows(
  groups: Record<string, Figures> | null | undefined,
  labelOf: (key: string) => string,
  order: readonly string[] = [],
): FigureRow[] {
  const keys = Object.keys(groups ?? {})
  const known = order.filter((key) => keys.includes(key))
  const rest = keys.filter((key) => !order.includes(key)).sort()
  return [...known, ...rest].map((key) => ({
    ...(groups as Record<string, Figures>)[key],
    key,
    label: labelOf(key),
  }))
}

const MEASURES = ['received', 'foundedRate', 'averageDays'] as const
const COLORS = ['#2f6fb3', '#d9822b', '#3f9b63']

function valueOf(row: FigureRow, measure: (typeof MEASURES)[number]): number | '-' {
  switch (measure) {
    case 'received':
      return Number(row.received)
    case 'foundedRate':
      return row.foundedRate === null ? '-' : Math.round(Number(row.foundedRate) * 1000) / 10
    case 'averageDays':
      return row.averageDaysToAnswer === null ? '-' : Number(row.averageDaysToAnswer)
  }
}

/**
 * One bar chart per measure, side by side in one canvas: received, founded rate (%) and average
 * days to answer of each row. A row without a rate or an answer has no bar ("-").
 */
export function figuresChartOption(rows: FigureRow[], titles: MeasureTitles): ChartOption {
  const labels = rows.map((row) => row.label)
  const width = 100 / MEASURES.length
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    title: MEASURES.map((measure, i) => ({
      text: titles[measure],
      left: `${i * width + width / 2}%`,
      textAlign: 'center',
      textStyle: { fontSize: 13, fontWeight: 'normal' },
    })),
    grid: MEASURES.map((_, i) => ({
      left: `${i * width + 4}%`,
      width: `${width - 8}%`,
      top: 40,
      bottom: 30,
      containLabel: true,
    })),
    xAxis: MEASURES.map((_, i) => ({
      type: 'category',
      gridIndex: i,
      data: labels,
      axisLabel: { interval: 0, fontSize: 11 },
    })),
    yAxis: MEASURES.map((measure, i) => ({
      type: 'value',
      gridIndex: i,
      minInterval: measure === 'received' ? 1 : 0,
      max: measure === 'foundedRate' ? 100 : undefined,
      axisLabel: { formatter: measure === 'foundedRate' ? '{value}%' : '{value}' },
    })),
    series: MEASURES.map((measure, i) => ({
      type: 'bar',
      name: titles[measure],
      xAxisIndex: i,
      yAxisIndex: i,
      barMaxWidth: 32,
      itemStyle: { color: COLORS[i] },
      data: rows.map((row) => valueOf(row, measure)),
    })),
  }
}
