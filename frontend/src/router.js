import { createRouter, createWebHistory } from 'vue-router'

export const DEFAULT_MUNICIPALITY = import.meta.env.VITE_DEFAULT_MUNICIPALITY ?? '2461011'

// History mode: the backend (or nginx) serves index.html for deep links. Views load lazily.
export const routes = [
  { path: '/', redirect: `/municipalities/${DEFAULT_MUNICIPALITY}` },
  { path: '/municipalities/:teryt', component: () => import('./features/municipality/MunicipalityHome.vue') },
  { path: '/municipalities/:teryt/report', component: () => import('./features/report/ReportView.vue') },
  { path: '/programmes/:id', component: () => import('./features/programmes/ProgrammeView.vue') },
  { path: '/programmes/:id/report', component: () => import('./features/report/ReportView.vue') },
  { path: '/programmes/:id/recommendations', component: () => import('./features/recommendations/RecommendationsBoard.vue') },
  { path: '/projects', component: () => import('./features/projects/ProjectsList.vue') },
  { path: '/projects/:id', component: () => import('./features/projects/ProjectView.vue') },
  { path: '/indicators/:id', component: () => import('./features/indicators/IndicatorView.vue') }
  // Sign-in and the editing forms come here (e.g. /sign-in, /projects/:id/edit, meta: { requiresAuth: true }),
  // with a navigation guard, once the auth API exists; App.vue keeps a place for the sign-in link.
]

export function createAppRouter(history = createWebHistory()) {
  return createRouter({ history, routes, scrollBehavior: (to, from, saved) => saved ?? { top: 0 } })
}
