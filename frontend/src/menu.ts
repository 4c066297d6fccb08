import type { Role } from './roles'

export const COCKPIT_URL = '/camunda/app/cockpit/default/'
export const CAMUNDA_ADMIN_URL = '/camunda/app/admin/default/'

export interface MenuItem {
  /** Stable key, also the menu index. */
  key: string
  /** i18n key of the label. */
  labelKey: string
  /** Name of an icon of @element-plus/icons-vue. */
  icon: string
  /** Route name for items inside the application. */
  route?: string
  /** Absolute path of a page outside the application, opened in a new tab. */
  href?: string
}

const inbox: MenuItem = { key: 'inbox', labelKey: 'menu.inbox', icon: 'Tickets', route: 'inbox' }
const cockpit: MenuItem = { key: 'cockpit', labelKey: 'menu.cockpit', icon: 'SetUp', href: COCKPIT_URL }
const camundaAdmin: MenuItem = {
  key: 'camundaAdmin',
  labelKey: 'menu.camundaAdmin',
  icon: 'Lock',
  href: CAMUNDA_ADMIN_URL,
}
const incidents: MenuItem = {
  key: 'incidents',
  labelKey: 'menu.incidents',
  icon: 'WarningFilled',
  route: 'incidents',
}
const officers: MenuItem = { key: 'officers', labelKey: 'menu.officers', icon: 'User', route: 'officers' }
const regions: MenuItem = { key: 'regions', labelKey: 'menu.regions', icon: 'MapLocation', route: 'regions' }
const newApplication: MenuItem = {
  key: 'newApplication',
  labelKey: 'menu.newApplication',
  icon: 'DocumentAdd',
  route: 'new-application',
}
const cases: MenuItem = { key: 'cases', labelKey: 'menu.cases', icon: 'Folder', route: 'cases' }
const calendar: MenuItem = { key: 'calendar', labelKey: 'menu.calendar', icon: 'Calendar', route: 'calendar' }
const standards: MenuItem = { key: 'standards', labelKey: 'menu.standards', icon: 'Coin', route: 'standards' }
const auditEvents: MenuItem = {
  key: 'auditEvents',
  labelKey: 'menu.auditEvents',
  icon: 'Document',
  route: 'audit-events',
}
const imports: MenuItem = { key: 'imports', labelKey: 'menu.imports', icon: 'Upload', route: 'imports' }
const rules: MenuItem = { key: 'rules', labelKey: 'menu.rules', icon: 'Setting', route: 'verification-rules' }
const warnings: MenuItem = { key: 'warnings', labelKey: 'menu.warnings', icon: 'Bell', route: 'warnings' }
const households: MenuItem = {
  key: 'households',
  labelKey: 'menu.households',
  icon: 'House',
  route: 'households',
}
const registry: MenuItem = {
  key: 'registry',
  labelKey: 'menu.registry',
  icon: 'Connection',
  route: 'registry',
}
const complaints: MenuItem = {
  key: 'complaints',
  labelKey: 'menu.complaints',
  icon: 'ChatLineSquare',
  route: 'complaints',
}
const payments: MenuItem = { key: 'payments', labelKey: 'menu.payments', icon: 'Wallet', route: 'payments' }
const recheckClasses: MenuItem = {
  key: 'recheckClasses',
  labelKey: 'menu.recheckClasses',
  icon: 'Timer',
  route: 'recheck-classes',
}
const campaigns: MenuItem = { key: 'campaigns', labelKey: 'menu.campaigns', icon: 'Aim', route: 'campaigns' }
const rosterImport: MenuItem = {
  key: 'rosterImport',
  labelKey: 'menu.rosterImport',
  icon: 'Notebook',
  route: 'roster-import',
}
const statistics: MenuItem = {
  key: 'statistics',
  labelKey: 'menu.statistics',
  icon: 'DataAnalysis',
  route: 'statistics',
}
const reports: MenuItem = { key: 'reports', labelKey: 'menu.reports', icon: 'Files', route: 'reports' }
const processVersions: MenuItem = {
  key: 'processVersions',
  labelKey: 'menu.processVersions',
  icon: 'Switch',
  route: 'process-versions',
}
const redFlags: MenuItem = { key: 'redFlags', labelKey: 'menu.redFlags', icon: 'Warning', route: 'red-flags' }

/** The side menu of an officer of the given role. */
export function menuFor(role: Role | null | undefined): MenuItem[] {
  switch (role) {
    case 'VILLAGE':
      return [inbox, newApplication, cases, complaints, warnings, households, registry, reports, standards]
    case 'TOWNSHIP':
      return [
        inbox,
        newApplication,
        cases,
        complaints,
        warnings,
        households,
        registry,
        statistics,
        reports,
        standards,
      ]
    case 'COUNTY':
      return [
        inbox,
        cases,
        complaints,
        warnings,
        households,
        registry,
        imports,
        rosterImport,
        rules,
        payments,
        campaigns,
        statistics,
        reports,
        standards,
        recheckClasses,
      ]
    case 'INSPECTOR':
      // Reads everything, changes nothing: no task inbox, the audit trail first.
      return [auditEvents, redFlags, cases, warnings, households, registry, statistics, reports, standards]
    case 'SUPERVISOR':
      return [inbox, cases, processVersions, incidents, standards, cockpit, camundaAdmin]
    case 'ADMIN':
      // Policy data, never case data (separation of duties); Camunda's Admin to read its grants.
      return [officers, regions, calendar, standards, camundaAdmin]
    default:
      return []
  }
}

/** Name of the route an officer of the role lands on after signing in. */
export function homeRouteFor(role: Role | null | undefined): string {
  const first = menuFor(role).find((item) => item.route)
  return first?.route ?? 'login'
}
