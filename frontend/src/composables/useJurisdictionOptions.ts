import { computed } from 'vue'
import { useRegions } from '@/composables/useRegions'
import { selectableRegionOptions } from '@/regions/tree'
import { useSessionStore } from '@/stores/session'

/** The regions of the officer's jurisdiction as tree-select options, the officer's own at the top. */
export function useJurisdictionOptions() {
  const session = useSessionStore()
  const { tree, load, nameOf } = useRegions()
  const options = computed(() => {
    const own = session.officer?.regionCode ?? ''
    const find = (nodes: typeof tree.value): typeof tree.value => {
      for (const node of nodes) {
        if (node.code === own) return [node]
        const found = find(node.children)
        if (found.length > 0) return found
      }
      return []
    }
    return selectableRegionOptions(find(tree.value), ['COUNTY', 'TOWNSHIP', 'VILLAGE', 'COMMUNITY'])
  })
  return { options, load, nameOf }
}
