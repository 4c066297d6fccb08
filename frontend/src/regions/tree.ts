import type { Region } from '@/api/types'
import type { RegionKind } from '@/roles'

export interface RegionNode extends Region {
  children: RegionNode[]
}

export interface RegionOption {
  value: string
  label: string
  kind: RegionKind
  disabled: boolean
  children?: RegionOption[]
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code)

/**
 * Builds the tree from the flat list. Regions whose parent is absent become roots, so nothing
 * disappears; children are ordered by code.
 */
export function buildRegionTree(regions: readonly Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>()
  for (const region of regions) {
    nodes.set(region.code, { ...region, children: [] })
  }
  const roots: RegionNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined
    if (parent && parent !== node) {
      parent.children.push(node)
    } else {
      roots.push(node)
    }
  }
  const sort = (list: RegionNode[]) => {
    list.sort(byCode)
    list.forEach((node) => sort(node.children))
  }
  sort(roots)
  return roots
}

/**
 * Options for a tree select where only regions of the given kinds can be chosen. Branches that
 * lead to no selectable region are pruned; their ancestors stay, disabled, for orientation.
 */
export function selectableRegionOptions(
  tree: readonly RegionNode[],
  kinds: readonly RegionKind[],
): RegionOption[] {
  const convert = (node: RegionNode): RegionOption | null => {
    const children = node.children.map(convert).filter((child): child is RegionOption => child !== null)
    const selectable = kinds.includes(node.kind)
    if (!selectable && children.length === 0) {
      return null
    }
    const option: RegionOption = {
      value: node.code,
      label: node.name,
      kind: node.kind,
      disabled: !selectable,
    }
    if (children.length > 0) {
      option.children = children
    }
    return option
  }
  return tree.map(convert).filter((option): option is RegionOption => option !== null)
}

/** Every region of the tree, keyed by code. */
export function indexRegions(regions: readonly Region[]): Map<string, Region> {
  return new Map(regions.map((region) => [region.code, region]))
}
