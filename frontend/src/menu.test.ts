import { describe, expect, it } from 'vitest'
import { CAMUNDA_ADMIN_URL, COCKPIT_URL, homeRouteFor, menuFor } from './menu'
import { menuIcons } from './components/icons'
import { IMPORT_ROLES, INCIDENT_ROLES, REPORT_ROLES, ROLES, STATISTICS_ROLES } from './roles'

const keys = (role: Parameters<typeof menuFor>[0]) => menuFor(role).map((item) => item.key)

describe('menuFor', () => {
  it('lets the village file applications and download its reports, without the statistics', () => {
    expect(keys('VILLAGE')).toEqual([
      'inbox',
      'newApplication',
      'cases',
      'complaints',
      'warnings',
      'households',
      'registry',
      'reports',
      'standards',
    ])
  })

  it('lets the township file applications and read the statistics and reports', () => {
    expect(keys('TOWNSHIP')).toEqual([
      'inbox',
      'newApplication',
      'cases',
      'complaints',
      'warnings',
      'households',
      'registry',
      'statistics',
      'reports',
      'standards',
    ])
  })

  it('gives the county the inbox, the cases, verification with imports and rules, the roster import, payments, campaigns, statistics, reports, the standards and the re-check classes', () => {
    expect(keys('COUNTY')).toEqual([
      'inbox',
      'cases',
      'complaints',
      'warnings',
      'households',
      'registry',
      'imports',
      'rosterImport',
      'rules',
      'payments',
      'campaigns',
      'statistics',
      'reports',
      'standards',
      'recheckClasses',
    ])
  })

  it('gives the inspector the audit trail, the red flags, statistics and reports but no task inbox', () => {
    expect(keys('INSPECTOR')).toEqual([
      'auditEvents',
      'redFlags',
      'cases',
      'warnings',
      'households',
      'registry',
      'statistics',
      'reports',
      'standards',
    ])
    expect(keys('INSPECTOR')).not.toContain('imports')
    expect(keys('INSPECTOR')).not.toContain('rosterImport')
  })

  it('gives the supervisor the inbox, the incidents and links to Cockpit and Admin that leave the application', () => {
    const menu = menuFor('SUPERVISOR')
    expect(menu.map((item) => item.key)).toEqual([
      'inbox',
      'cases',
      'processVersions',
      'incidents',
      'standards',
      'cockpit',
      'camundaAdmin',
    ])
    const cockpit = menu[5]
    expect(cockpit.href).toBe(COCKPIT_URL)
    expect(cockpit.route).toBeUndefined()
    expect(menu[6].href).toBe(CAMUNDA_ADMIN_URL)
  })

  it('offers the incidents only to the roles the server lets see them', () => {
    for (const role of ROLES) {
      expect(keys(role).includes('incidents'), role).toBe(INCIDENT_ROLES.includes(role))
    }
  })

  it('gives the administrator users, regions, policy data and Camunda Admin but no case data', () => {
    expect(keys('ADMIN')).toEqual(['officers', 'regions', 'calendar', 'standards', 'camundaAdmin'])
    expect(menuFor('ADMIN').find((item) => item.key === 'camundaAdmin')?.href).toBe(CAMUNDA_ADMIN_URL)
    expect(keys('ADMIN')).not.toContain('cockpit')
    expect(keys('ADMIN')).not.toContain('inbox')
    expect(keys('ADMIN')).not.toContain('cases')
  })

  it('gives nobody without a role any item', () => {
    expect(menuFor(null)).toEqual([])
    expect(menuFor(undefined)).toEqual([])
  })

  it('offers the roster import to the county only, and statistics only to roles that may read them', () => {
    for (const role of ROLES) {
      expect(keys(role).includes('rosterImport'), role).toBe(IMPORT_ROLES.includes(role))
      expect(keys(role).includes('statistics'), role).toBe(STATISTICS_ROLES.includes(role))
      expect(keys(role).includes('reports'), role).toBe(REPORT_ROLES.includes(role))
    }
  })

  it('names only icons the layout knows', () => {
    for (const role of ROLES) {
      for (const item of menuFor(role)) expect(menuIcons[item.icon], item.icon).toBeDefined()
    }
  })

  it('labels every item through i18n and points it somewhere', () => {
    for (const role of ROLES) {
      for (const item of menuFor(role)) {
        expect(item.labelKey).toMatch(/^menu\./)
        expect(Boolean(item.route) !== Boolean(item.href)).toBe(true)
      }
    }
  })
})

describe('homeRouteFor', () => {
  it('sends the administrator to the officers page, the inspector to the trail and everyone else to the inbox', () => {
    expect(homeRouteFor('ADMIN')).toBe('officers')
    expect(homeRouteFor('INSPECTOR')).toBe('audit-events')
    for (const role of ['VILLAGE', 'TOWNSHIP', 'COUNTY', 'SUPERVISOR'] as const) {
      expect(homeRouteFor(role)).toBe('inbox')
    }
  })

  it('sends someone without a role to the login page', () => {
    expect(homeRouteFor(null)).toBe('login')
  })
})
