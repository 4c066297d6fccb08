import { onMounted, ref } from 'vue'
import { rechecksApi, type RecheckClass } from '@/api/rechecks'
import { className } from '@/rechecks/schedule'

/** The re-check classes, loaded when the component mounts (none when they cannot be read), and their names. */
export function useRecheckClasses() {
  const classes = ref<RecheckClass[]>([])
  onMounted(() => {
    rechecksApi
      .classes()
      .then((list) => (classes.value = list))
      .catch(() => undefined)
  })
  const nameOf = (code: string | null | undefined) => className(code, classes.value)
  return { classes, nameOf }
}
