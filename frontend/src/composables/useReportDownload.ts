import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { ReportFilter } from '@/api/reports'
import { download } from '@/composables/download'
import { errorText, fieldErrorsOf } from '@/composables/errorText'
import { exportFileName, exportUrl, problemText, type ReportExport } from '@/reports/exports'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** A refused report request as one line: the server's message and its period fields ("开始：…"). */
export function reportErrorText(error: unknown, t: Translate): string {
  const label = (field: string) => (field === 'from' || field === 'to' ? t(`reports.${field}`) : field)
  return problemText(errorText(error, t), fieldErrorsOf(error), label)
}

/**
 * Downloads of the report exports: which one is running, and the server's refusal (a bad period,
 * a region outside the jurisdiction) as one localized line instead of a broken file.
 */
export function useReportDownload() {
  const { t } = useI18n()
  const running = ref<ReportExport['key'] | null>(null)
  const error = ref('')

  async function run(item: ReportExport, filter: ReportFilter): Promise<void> {
    running.value = item.key
    error.value = ''
    try {
      const name = await download(exportUrl(item, filter), exportFileName(item, filter.regionCode))
      ElMessage.success(t('reports.downloaded', { name }))
    } catch (e) {
      error.value = `${t(`reports.exports.${item.key}.name`)}：${reportErrorText(e, t)}`
    } finally {
      running.value = null
    }
  }

  return { running, error, run }
}
