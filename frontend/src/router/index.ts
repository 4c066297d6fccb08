import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { homeRouteFor } from '@/menu'
import {
  APPLYING_ROLES,
  AUDIT_ROLES,
  CAMPAIGN_ROLES,
  CASE_ROLES,
  COMPLAINT_ROLES,
  IMPORT_ROLES,
  PROCESS_VERSION_ROLES,
  INCIDENT_ROLES,
  REPORT_ROLES,
  ROLES,
  STATISTICS_ROLES,
  VERIFICATION_ROLES,
  type Role,
} from '@/roles'
import { i18n } from '@/i18n'
import { safeRedirect } from './redirect'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Only these roles may open the page. */
    roles?: Role[]
    /** i18n key of the page title. */
    titleKey?: string
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/auth/LoginView.vue'),
    meta: { public: true, titleKey: 'auth.login.title' },
  },
  {
    path: '/public/notices',
    name: 'public-notices',
    component: () => import('@/views/public/PublicNoticesView.vue'),
    meta: { public: true, titleKey: 'publicBoard.title' },
  },
  {
    path: '/',
    component: () => import('@/layouts/AppLayout.vue'),
    children: [
      {
        path: '',
        name: 'home',
        redirect: () => ({ name: homeRouteFor(useSessionStore().role) }),
      },
      {
        path: 'inbox',
        name: 'inbox',
        component: () => import('@/views/inbox/InboxView.vue'),
        meta: { roles: CASE_ROLES, titleKey: 'inbox.title' },
      },
      {
        path: 'tasks/:taskId',
        name: 'task',
        component: () => import('@/views/tasks/TaskView.vue'),
        props: true,
        meta: { roles: CASE_ROLES, titleKey: 'tasks.title' },
      },
      {
        path: 'applications/new',
        name: 'new-application',
        component: () => import('@/views/applications/NewApplicationView.vue'),
        meta: { roles: APPLYING_ROLES, titleKey: 'applications.title' },
      },
      {
        path: 'cases',
        name: 'cases',
        component: () => import('@/views/cases/CaseListView.vue'),
        meta: { roles: CASE_ROLES, titleKey: 'cases.title' },
      },
      {
        path: 'cases/:caseId',
        name: 'case',
        component: () => import('@/views/cases/CaseDetailView.vue'),
        props: true,
        meta: { roles: CASE_ROLES, titleKey: 'cases.detail.title' },
      },
      {
        path: 'audit/events',
        name: 'audit-events',
        component: () => import('@/views/audit/AuditEventsView.vue'),
        meta: { roles: AUDIT_ROLES, titleKey: 'audit.events.title' },
      },
      {
        path: 'audit/cases/:caseId',
        name: 'audit-dossier',
        component: () => import('@/views/audit/DossierView.vue'),
        props: true,
        meta: { roles: AUDIT_ROLES, titleKey: 'audit.dossier.title' },
      },
      {
        path: 'audit/flags',
        name: 'red-flags',
        component: () => import('@/views/audit/RedFlagsView.vue'),
        meta: { roles: AUDIT_ROLES, titleKey: 'audit.flags.title' },
      },
      {
        path: 'verification/imports',
        name: 'imports',
        component: () => import('@/views/verification/ImportsView.vue'),
        meta: { roles: IMPORT_ROLES, titleKey: 'verification.imports.title' },
      },
      {
        path: 'imports/roster',
        name: 'roster-import',
        component: () => import('@/views/reports/RosterImportView.vue'),
        meta: { roles: IMPORT_ROLES, titleKey: 'roster.title' },
      },
      {
        path: 'reports',
        name: 'reports',
        component: () => import('@/views/reports/ReportsView.vue'),
        meta: { roles: REPORT_ROLES, titleKey: 'reports.title' },
      },
      {
        path: 'statistics',
        name: 'statistics',
        component: () => import('@/views/reports/DashboardView.vue'),
        meta: { roles: STATISTICS_ROLES, titleKey: 'statistics.title' },
      },
      {
        path: 'complaints',
        name: 'complaints',
        component: () => import('@/views/complaints/ComplaintsView.vue'),
        meta: { roles: COMPLAINT_ROLES, titleKey: 'complaints.title' },
      },
      {
        path: 'payments',
        name: 'payments',
        component: () => import('@/views/payments/PaymentRunsView.vue'),
        meta: { roles: IMPORT_ROLES, titleKey: 'payments.title' },
      },
      {
        path: 'process-versions',
        name: 'process-versions',
        component: () => import('@/views/processes/ProcessVersionsView.vue'),
        meta: { roles: PROCESS_VERSION_ROLES, titleKey: 'processVersions.title' },
      },
      {
        path: 'campaigns',
        name: 'campaigns',
        component: () => import('@/views/campaigns/CampaignsView.vue'),
        meta: { roles: CAMPAIGN_ROLES, titleKey: 'campaigns.title' },
      },
      {
        path: 'verification/rules',
        name: 'verification-rules',
        component: () => import('@/views/verification/RulesView.vue'),
        meta: { roles: IMPORT_ROLES, titleKey: 'verification.rules.title' },
      },
      {
        path: 'verification/warnings',
        name: 'warnings',
        component: () => import('@/views/verification/WarningsView.vue'),
        meta: { roles: VERIFICATION_ROLES, titleKey: 'verification.warnings.title' },
      },
      {
        path: 'verification/registry',
        name: 'registry',
        component: () => import('@/views/verification/RegistryView.vue'),
        meta: { roles: VERIFICATION_ROLES, titleKey: 'verification.registry.title' },
      },
      {
        path: 'households',
        name: 'households',
        component: () => import('@/views/households/HouseholdListView.vue'),
        meta: { roles: VERIFICATION_ROLES, titleKey: 'households.title' },
      },
      {
        path: 'households/:householdId',
        name: 'household',
        component: () => import('@/views/households/HouseholdDetailView.vue'),
        props: true,
        meta: { roles: VERIFICATION_ROLES, titleKey: 'households.detail.title' },
      },
      {
        path: 'incidents',
        name: 'incidents',
        component: () => import('@/views/incidents/IncidentsView.vue'),
        meta: { roles: INCIDENT_ROLES, titleKey: 'incidents.title' },
      },
      {
        path: 'policy/standards',
        name: 'standards',
        component: () => import('@/views/policy/StandardsView.vue'),
        meta: { roles: [...ROLES], titleKey: 'standards.title' },
      },
      {
        path: 'policy/recheck-classes',
        name: 'recheck-classes',
        component: () => import('@/views/policy/RecheckClassesView.vue'),
        meta: { roles: ['COUNTY'], titleKey: 'rechecks.classes.title' },
      },
      {
        path: 'admin/calendar',
        name: 'calendar',
        component: () => import('@/views/policy/CalendarView.vue'),
        meta: { roles: ['ADMIN'], titleKey: 'calendar.title' },
      },
      {
        path: 'admin/officers',
        name: 'officers',
        component: () => import('@/views/admin/OfficersView.vue'),
        meta: { roles: ['ADMIN'], titleKey: 'officers.title' },
      },
      {
        path: 'admin/regions',
        name: 'regions',
        component: () => import('@/views/admin/RegionsView.vue'),
        meta: { roles: ['ADMIN'], titleKey: 'regions.title' },
      },
      {
        path: 'account/password',
        name: 'change-password',
        component: () => import('@/views/auth/ChangePasswordView.vue'),
        meta: { titleKey: 'auth.password.title' },
      },
      {
        path: '403',
        name: 'forbidden',
        component: () => import('@/views/error/ForbiddenView.vue'),
        meta: { titleKey: 'errors.forbiddenTitle' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/error/NotFoundView.vue'),
        meta: { titleKey: 'errors.notFoundTitle' },
      },
    ],
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
})

router.beforeEach(async (to) => {
  const session = useSessionStore()
  if (!session.loaded) {
    await session.refresh()
  }
  if (to.meta.public) {
    if (to.name === 'login' && session.signedIn) {
      return safeRedirect(to.query.redirect) ?? { name: homeRouteFor(session.role) }
    }
    return true
  }
  if (!session.signedIn) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  if (session.passwordChangeRequired && to.name !== 'change-password') {
    // The server answers nothing else until the password is changed (production profile).
    return { name: 'change-password' }
  }
  const allowed = to.meta.roles
  if (allowed && (!session.role || !allowed.includes(session.role))) {
    return { name: 'forbidden' }
  }
  return true
})

router.afterEach((to) => {
  const t = i18n.global.t
  const appName = t('common.appName')
  document.title = to.meta.titleKey ? `${t(to.meta.titleKey)} - ${appName}` : appName
})
