import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { reportErrorText } from './useReportDownload'

const t = (key: string, named?: Record<string, unknown>) =>
  ({ 'reports.from': '开始', 'reports.to': '结束', 'errors.network': '网络不通' })[key] ??
  `${key}${named ? JSON.stringify(named) : ''}`

describe('reportErrorText', () => {
  it('shows the server message with the period fields it refused, labelled in Chinese', () => {
    const error = new ApiError(400, '提交的内容有误', {
      from: '日期格式应为 yyyy-MM-dd，月份格式应为 yyyy-MM',
    })
    expect(reportErrorText(error, t)).toBe(
      '提交的内容有误（开始：日期格式应为 yyyy-MM-dd，月份格式应为 yyyy-MM）',
    )
  })

  it('shows the message alone when no field is named', () => {
    expect(reportErrorText(new ApiError(403, '无权访问该区划'), t)).toBe('无权访问该区划')
    expect(reportErrorText(new ApiError(0, ''), t)).toBe('网络不通')
  })
})
