import type { Funnel, Statistics } from '@/api/reports'
import type { LabelOf } from './charts'

/** A table of figures as shown under a chart: the first column names the line, the others are figures. */
export interface FigureTable {
  headers: string[]
  rows: (string | number)[][]
}

/** The groupings of the statistics, in the order the dashboard shows them. */
export const STATISTICS_GROUPS = ['identity', 'age', 'township', 'class', 'disability'] as const
export type StatisticsGroup = (typeof STATISTICS_GROUPS)[number]

/** Labels of the values (identity categories, age bands, classes, grades) and of the headers. */
export interface TableLabels {
  identity: LabelOf
  band: LabelOf
  recheckClass: LabelOf
  grade: LabelOf
  /** Header texts: identity, band, township, class, disability, male, female, count, households, persons, percent. */
  header: LabelOf
}

const percent = (value: string) => `${value}%`

/** The tables of every grouping of the statistics, with the percentages of persons ("25.17%"). */
export function statisticsTables(s: Statistics, labels: TableLabels): Record<StatisticsGroup, FigureTable> {
  const h = (keys: string[]) => keys.map(labels.header)
  return {
    identity: {
      headers: h(['identity', 'count', 'percent']),
      rows: s.byIdentity.map((l) => [labels.identity(l.category), l.count, percent(l.percent)]),
    },
    age: {
      headers: h(['band', 'male', 'female', 'count', 'percent']),
      rows: s.byAge.map((l) => [labels.band(l.band), l.male, l.female, l.count, percent(l.percent)]),
    },
    township: {
      headers: h(['township', 'households', 'persons', 'percent']),
      rows: s.byTownship.map((l) => [l.name || l.regionCode, l.households, l.persons, percent(l.percent)]),
    },
    class: {
      headers: h(['class', 'households', 'persons', 'percent']),
      rows: s.byClass.map((l) => [
        labels.recheckClass(l.recheckClass),
        l.households,
        l.persons,
        percent(l.percent),
      ]),
    },
    disability: {
      headers: h(['disability', 'count', 'percent']),
      rows: s.byDisability.map((l) => [labels.grade(String(l.grade)), l.count, percent(l.percent)]),
    },
  }
}

/** The steps of the funnel: how many were completed and their average working days ("—" for none). */
export function stepsTable(funnel: Funnel, step: LabelOf, header: LabelOf): FigureTable {
  return {
    headers: ['step', 'completed', 'averageDays'].map(header),
    rows: funnel.steps.map((line) => [step(line.taskKey), line.completed, line.averageWorkingDays ?? '—']),
  }
}
