import { nextTick } from 'vue'

/** Brings the first field with an error into view once the page shows it. */
export async function scrollToFirstError(): Promise<void> {
  await nextTick()
  await nextTick()
  const first = document.querySelector('.el-form-item.is-error, .yg-form-alert')
  first?.scrollIntoView({ behavior: 'smooth', block: 'center' })
}
