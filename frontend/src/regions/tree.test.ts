import { describe, expect, it } from 'vitest'
import type { Region } from '@/api/types'
import { regionKindsFor } from '@/roles'
import { buildRegionTree, selectableRegionOptions, type RegionOption } from './tree'

const regions: Region[] = [
  { code: '511999102001', name: '西山村', kind: 'VILLAGE', parentCode: '511999102000' },
  { code: '511999101003', name: '新街社区', kind: 'COMMUNITY', parentCode: '511999101000' },
  { code: '511999000000', name: '阳光县', kind: 'COUNTY' },
  { code: '511999102000', name: '西山乡', kind: 'TOWNSHIP', parentCode: '511999000000' },
  { code: '511999101000', name: '东河镇', kind: 'TOWNSHIP', parentCode: '511999000000' },
  { code: '511999101001', name: '东河村', kind: 'VILLAGE', parentCode: '511999101000' },
]

function shape(options: RegionOption[]): unknown[] {
  return options.map((option) => ({
    value: option.value,
    disabled: option.disabled,
    ...(option.children ? { children: shape(option.children) } : {}),
  }))
}

describe('buildRegionTree', () => {
  it('nests the flat list under its parents, ordered by code', () => {
    const tree = buildRegionTree(regions)
    expect(tree).toHaveLength(1)
    const county = tree[0]
    expect(county.name).toBe('阳光县')
    expect(county.children.map((child) => child.name)).toEqual(['东河镇', '西山乡'])
    expect(county.children[0].children.map((child) => child.code)).toEqual(['511999101001', '511999101003'])
    expect(county.children[1].children.map((child) => child.name)).toEqual(['西山村'])
  })

  it('keeps a region whose parent is missing as a root instead of losing it', () => {
    const tree = buildRegionTree([
      { code: '511999103001', name: '孤村', kind: 'VILLAGE', parentCode: '511999103000' },
    ])
    expect(tree.map((node) => node.name)).toEqual(['孤村'])
  })

  it('builds nothing from nothing and does not change its input', () => {
    expect(buildRegionTree([])).toEqual([])
    const copy = structuredClone(regions)
    buildRegionTree(regions)
    expect(regions).toEqual(copy)
  })
})

describe('selectableRegionOptions', () => {
  const tree = buildRegionTree(regions)

  it('lets village officers pick villages and communities only, under disabled ancestors', () => {
    expect(shape(selectableRegionOptions(tree, regionKindsFor('VILLAGE')))).toEqual([
      {
        value: '511999000000',
        disabled: true,
        children: [
          {
            value: '511999101000',
            disabled: true,
            children: [
              { value: '511999101001', disabled: false },
              { value: '511999101003', disabled: false },
            ],
          },
          { value: '511999102000', disabled: true, children: [{ value: '511999102001', disabled: false }] },
        ],
      },
    ])
  })

  it('lets township officers pick townships and hides the villages', () => {
    expect(shape(selectableRegionOptions(tree, regionKindsFor('TOWNSHIP')))).toEqual([
      {
        value: '511999000000',
        disabled: true,
        children: [
          { value: '511999101000', disabled: false },
          { value: '511999102000', disabled: false },
        ],
      },
    ])
  })

  it.each(['COUNTY', 'SUPERVISOR', 'INSPECTOR', 'ADMIN'] as const)('lets %s pick the county only', (role) => {
    expect(shape(selectableRegionOptions(tree, regionKindsFor(role)))).toEqual([
      { value: '511999000000', disabled: false },
    ])
  })

  it('offers nothing before a role is chosen', () => {
    expect(selectableRegionOptions(tree, regionKindsFor(''))).toEqual([])
  })
})
