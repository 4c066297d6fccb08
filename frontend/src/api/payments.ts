import { http } from './http'

export interface PaymentRun {
  runId: number
  month: string
  status: 'RUNNING' | 'DONE'
  households: number
  total: string
}

export interface PaymentLine {
  householdId: number
  amount: string
}

export const paymentsApi = {
  runs: () => http.get<PaymentRun[]>('/api/payments/runs'),
  /** Creates the month's run, or answers the existing one (carried on if it was interrupted). */
  pay: (month: string) => http.post<PaymentRun>('/api/payments/runs', { month }),
  lines: (runId: number) => http.get<PaymentLine[]>(`/api/payments/runs/${runId}/lines`),
  bankFileUrl: (runId: number) => `/api/payments/runs/${runId}/bank.xlsx`,
}
