import { describe, expect, it } from 'vitest'
import { cockpitInstanceUrl, processLabel } from './links'

describe('cockpitInstanceUrl', () => {
  it('opens the process instance in Cockpit', () => {
    expect(cockpitInstanceUrl('a1b2-c3')).toBe(
      '/camunda/app/cockpit/default/#/process-instance/a1b2-c3/runtime',
    )
  })

  it('escapes what an id should never hold', () => {
    expect(cockpitInstanceUrl('x/y')).toBe('/camunda/app/cockpit/default/#/process-instance/x%2Fy/runtime')
  })
})

describe('processLabel', () => {
  it('names the process with its version', () => {
    expect(processLabel('dibao-application', 3)).toBe('dibao-application v3')
  })

  it('leaves out an unknown version or process', () => {
    expect(processLabel('recheck', 0)).toBe('recheck')
    expect(processLabel(null, 2)).toBe('')
  })
})
