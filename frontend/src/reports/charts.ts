import type { Funnel, Statistics } from '@/api/reports'
import type { ChartOption } from '@/components/charts/echarts'

/** Labels of the keys a chart shows (identity categories, age bands, classes, steps, series). */
export type LabelOf = (key: string) => string

const BLUE = '#2f6fb3'
const ORANGE = '#d9822b'
const GREEN = '#3f9b63'
const RED = '#c0504d'
const GREY = '#8c8c8c'

const TOOLTIP_AXIS = { trigger: 'axis', axisPointer: { type: 'shadow' } } as const

function bars(
  categories: string[],
  series: { name: string; color: string; data: (number | '-')[]; stack?: string; labelled?: boolean }[],
): ChartOption {
  return {
    tooltip: TOOLTIP_AXIS,
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((item) => ({
      type: 'bar',
      name: item.name,
      stack: item.stack,
      barMaxWidth: 36,
      itemStyle: { color: item.color },
      label: item.labelled ? { show: true, position: 'top' } : undefined,
      data: item.data,
    })),
  }
}

/** Persons by identity category: a ring of the categories that have anyone (the table lists all). */
export function identityChartOption(statistics: Statistics, labelOf: LabelOf): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { type: 'plain', orient: 'vertical', right: 0, top: 'middle' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['40%', '50%'],
        label: { formatter: '{b} {c}' },
        data: statistics.byIdentity
          .filter((line) => line.count > 0)
          .map((line) => ({ name: labelOf(line.category), value: line.count })),
      },
    ],
  }
}

/** Persons by age band, men and women stacked. */
export function ageChartOption(
  statistics: Statistics,
  labelOf: LabelOf,
  names: { male: string; female: string },
) {
  return bars(
    statistics.byAge.map((line) => labelOf(line.band)),
    [
      { name: names.male, color: BLUE, stack: 'gender', data: statistics.byAge.map((line) => line.male) },
      { name: names.female, color: RED, stack: 'gender', data: statistics.byAge.map((line) => line.female) },
    ],
  )
}

/** Households and persons of each township. */
export function townshipChartOption(statistics: Statistics, names: { households: string; persons: string }) {
  return bars(
    statistics.byTownship.map((line) => line.name || line.regionCode),
    [
      { name: names.households, color: BLUE, data: statistics.byTownship.map((line) => line.households) },
      { name: names.persons, color: ORANGE, data: statistics.byTownship.map((line) => line.persons) },
    ],
  )
}

/** Households and persons of each re-check class. */
export function classChartOption(
  statistics: Statistics,
  labelOf: LabelOf,
  names: { households: string; persons: string },
): ChartOption {
  return bars(
    statistics.byClass.map((line) => labelOf(line.recheckClass)),
    [
      { name: names.households, color: BLUE, data: statistics.byClass.map((line) => line.households) },
      { name: names.persons, color: ORANGE, data: statistics.byClass.map((line) => line.persons) },
    ],
  )
}

/** Persons by disability grade (0 = none). */
export function disabilityChartOption(statistics: Statistics, labelOf: LabelOf, name: string): ChartOption {
  return bars(
    statistics.byDisability.map((line) => labelOf(String(line.grade))),
    [{ name, color: GREEN, data: statistics.byDisability.map((line) => line.count) }],
  )
}

/** Applications of the period: received, refused, approved, still running. */
export function funnelChartOption(funnel: Funnel, labelOf: LabelOf): ChartOption {
  const measures = [
    { key: 'applied', value: funnel.applied, color: BLUE },
    { key: 'refused', value: funnel.refused, color: RED },
    { key: 'approved', value: funnel.approved, color: GREEN },
    { key: 'running', value: funnel.running, color: GREY },
  ]
  return {
    tooltip: TOOLTIP_AXIS,
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: measures.map((item) => labelOf(item.key)) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        label: { show: true, position: 'right' },
        data: measures.map((item) => ({ value: item.value, itemStyle: { color: item.color } })),
      },
    ],
  }
}

/** Average working days each step took; a step nobody completed has no bar. */
export function stepsChartOption(funnel: Funnel, labelOf: LabelOf, name: string): ChartOption {
  return bars(
    funnel.steps.map((step) => labelOf(step.taskKey)),
    [
      {
        name,
        color: ORANGE,
        labelled: true,
        data: funnel.steps.map((step) =>
          step.averageWorkingDays === null || step.completed === 0 ? '-' : Number(step.averageWorkingDays),
        ),
      },
    ],
  )
}
