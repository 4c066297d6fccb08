import { computed, ref } from 'vue'
import { regionsApi } from '@/api/regions'
import type { Region } from '@/api/types'
import { buildRegionTree, indexRegions } from '@/regions/tree'

/** The region list of the server, with its tree and a name look-up. */
export function useRegions() {
  const regions = ref<Region[]>([])
  const tree = computed(() => buildRegionTree(regions.value))
  const byCode = computed(() => indexRegions(regions.value))

  async function load(): Promise<void> {
    regions.value = await regionsApi.list()
  }

  function nameOf(code: string | null | undefined): string {
    return (code && byCode.value.get(code)?.name) || code || ''
  }

  return { regions, tree, byCode, load, nameOf }
}
