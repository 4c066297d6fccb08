import { computed } from 'vue'
import { useSessionStore } from '@/stores/session'
import { useRegions } from './useRegions'

/**
 * The villages and communities an officer may file an application for: a village officer the
 * own one, a township officer those of the township.
 */
export function useVillageOptions() {
  const session = useSessionStore()
  const { regions, load } = useRegions()

  const fixed = computed(() => session.role === 'VILLAGE')
  const options = computed(() => {
    const own = session.officer?.regionCode ?? ''
    if (fixed.value) {
      return own ? [{ value: own, label: session.officer?.regionName || own }] : []
    }
    return regions.value
      .filter(
        (region) => region.parentCode === own && (region.kind === 'VILLAGE' || region.kind === 'COMMUNITY'),
      )
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((region) => ({ value: region.code, label: region.name }))
  })

  async function loadOptions(): Promise<void> {
    if (!fixed.value) await load()
  }

  return { options, fixed, loadOptions }
}
