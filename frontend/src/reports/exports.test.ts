import { describe, expect, it } from 'vitest'
import { exportFileName, exportUrl, exportsFor, findExport, problemText } from './exports'

const keys = (role: Parameters<typeof exportsFor>[0]) => exportsFor(role).map((item) => item.key)

describe('exportsFor', () => {
  it('gives the village the roster and the notice table only', () => {
    expect(keys('VILLAGE')).toEqual(['roster', 'notices'])
  })

  it.each(['TOWNSHIP', 'COUNTY', 'INSPECTOR'] as const)('gives %s every export', (role) => {
    expect(keys(role)).toEqual(['roster', 'notices', 'approvals', 'changes', 'statistics', 'funnel'])
  })

  it('gives the supervisor, the administrator and nobody none', () => {
    expect(keys('SUPERVISOR')).toEqual([])
    expect(keys('ADMIN')).toEqual([])
    expect(keys(null)).toEqual([])
  })
})

describe('exportUrl', () => {
  it('sends the region, and the period only to exports that have one', () => {
    const filter = { regionCode: '511999101000', from: '2026-01-01', to: '2026-03-31' }
    expect(exportUrl(findExport('roster'), filter)).toBe('/api/reports/roster.xlsx?regionCode=511999101000')
    expect(exportUrl(findExport('approvals'), filter)).toBe(
      '/api/reports/approvals.xlsx?regionCode=511999101000&from=2026-01-01&to=2026-03-31',
    )
    expect(exportUrl(findExport('changes'), { from: '2026-01', to: '2026-02' })).toBe(
      '/api/reports/changes.xlsx?from=2026-01&to=2026-02',
    )
  })

  it('leaves out what is not set, so that the server takes its defaults', () => {
    expect(exportUrl(findExport('funnel'), { regionCode: '', from: '', to: '' })).toBe(
      '/api/reports/funnel.xlsx',
    )
  })
})

describe('exportFileName', () => {
  it('names the file after the export and the region', () => {
    expect(exportFileName(findExport('notices'), '511999101001')).toBe('notices-511999101001.xlsx')
    expect(exportFileName(findExport('notices'))).toBe('notices.xlsx')
  })
})

describe('problemText', () => {
  it('adds each refused field with its label', () => {
    const label = (field: string) => ({ from: '开始', to: '结束' })[field] ?? field
    expect(problemText('提交的内容有误', { from: '开始不能晚于结束' }, label)).toBe(
      '提交的内容有误（开始：开始不能晚于结束）',
    )
    expect(problemText('无权访问', {}, label)).toBe('无权访问')
  })
})
