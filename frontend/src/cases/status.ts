import type { CaseNotice } from '@/api/types'

type Tone = 'success' | 'danger' | 'warning' | 'info' | 'primary'

/** The colour of a case status: green when receiving, red when refused, amber on notice. */
export function statusTone(status: string): Tone {
  switch (status) {
    case 'ACTIVE':
    case 'APPROVED':
    case 'CLEARED':
    case 'CONTINUED':
    case 'INCREASED':
      return 'success'
    case 'PROOF_REQUESTED':
    case 'REDUCED':
    case 'GRADUAL_EXIT':
      return 'warning'
    case 'REFUSED':
      return 'danger'
    case 'NOTICE':
      return 'warning'
    case 'STOPPED':
      return 'info'
    default:
      return 'primary'
  }
}

export function flagTone(flag: string): Tone {
  switch (flag) {
    case 'OVERDUE':
    case 'INELIGIBLE':
      return 'danger'
    case 'WARNINGS':
      return 'danger'
    case 'CLOSE_RELATIVE':
    case 'COMPLAINT':
      return 'warning'
    default:
      return 'info'
  }
}

export type NoticeState = 'withdrawn' | 'upcoming' | 'running' | 'ended'

/** Where a notice stands on a day (yyyy-MM-dd): posted periods include both ends; no end runs on. */
export function noticeState(
  notice: Pick<CaseNotice, 'from' | 'to' | 'withdrawn'>,
  today: string,
): NoticeState {
  if (notice.withdrawn) return 'withdrawn'
  if (today < notice.from) return 'upcoming'
  if (notice.to && today > notice.to) return 'ended'
  return 'running'
}

/** Today in China as yyyy-MM-dd, the calendar the notice periods are written in. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}
