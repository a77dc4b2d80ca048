import { createRouter, createWebHistory } from 'vue-router'
import { onSessionExpired, signedIn } from './session/session.js'

/** A city the app opens on (TERYT, set when building: VITE_DEFAULT_MUNICIPALITY); without one it opens on the directory. */
export const DEFAULT_MUNICIPALITY = import.meta.env.VITE_DEFAULT_MUNICIPALITY || ''

// History mode: the backend (or nginx) serves index.html for deep links. Views load lazily.
export const routes = [
  DEFAULT_MUNICIPALITY
    ? { path: '/', redirect: `/municipalities/${DEFAULT_MUNICIPALITY}` }
    : { path: '/', component: () => import('./features/municipalities/MunicipalitiesDirectory.vue') },
  { path: '/municipalities/:teryt', component: () => import('./features/municipality/MunicipalityHome.vue') },
  { path: '/municipalities/:teryt/report', component: () => import('./features/report/ReportView.vue') },
  { path: '/programmes/:id', component: () => import('./features/programmes/ProgrammeView.vue') },
  { path: '/programmes/:id/report', component: () => import('./features/report/ReportView.vue') },
  { path: '/programmes/:id/recommendations', component: () => import('./features/recommendations/RecommendationsBoard.vue') },
  { path: '/projects', component: () => import('./features/projects/ProjectsList.vue') },
  { path: '/projects/:id', component: () => import('./features/projects/ProjectView.vue') },
  { path: '/indicators/:id', component: () => import('./features/indicators/IndicatorView.vue') },
  { path: '/sign-in', component: () => import('./session/SignInView.vue') },
  // The editing forms: the API decides who may write; the guard only sends anonymous users to sign in first.
  { path: '/projects/new', component: () => import('./features/projects/ProjectForm.vue'), meta: { requiresAuth: true } },
  { path: '/projects/:id/edit', component: () => import('./features/projects/ProjectForm.vue'), meta: { requiresAuth: true } },
  { path: '/programmes/:id/edit', component: () => import('./features/programmes/ProgrammeForm.vue'), meta: { requiresAuth: true } },
  { path: '/recommendations/:id/edit', component: () => import('./features/recommendations/RecommendationForm.vue'), meta: { requiresAuth: true } },
  { path: '/programmes/new', component: () => import('./features/programmes/ProgrammeForm.vue'), meta: { requiresAuth: true } },
  { path: '/indicators/new', component: () => import('./features/indicators/IndicatorForm.vue'), meta: { requiresAuth: true } },
  { path: '/indicators/:id/edit', component: () => import('./features/indicators/IndicatorForm.vue'), meta: { requiresAuth: true } },
  { path: '/recommendations/new', component: () => import('./features/recommendations/RecommendationForm.vue'), meta: { requiresAuth: true } },
  { path: '/evaluations/new', component: () => import('./features/evaluations/EvaluationForm.vue'), meta: { requiresAuth: true } },
  { path: '/evaluations/:id/edit', component: () => import('./features/evaluations/EvaluationForm.vue'), meta: { requiresAuth: true } },
  { path: '/indicators/:id/observations/new', component: () => import('./features/indicators/ObservationForm.vue'), meta: { requiresAuth: true } },
  { path: '/indicators/:id/observations/:observationId/edit', component: () => import('./features/indicators/ObservationForm.vue'), meta: { requiresAuth: true } },
  // Features may bring their own routes in src/features/<feature>/routes.js (export const routes = [...]).
  ...Object.values(import.meta.glob('./features/*/routes.js', { eager: true, import: 'routes' })).flat()
]

/** Where to sign in so as to come back to `fullPath` afterwards. */
export function signInRoute(fullPath, expired = false) {
  return { path: '/sign-in', query: { redirect: fullPath, ...(expired ? { expired: '1' } : {}) } }
}

export function createAppRouter(history = createWebHistory()) {
  const router = createRouter({ history, routes, scrollBehavior: (to, from, saved) => saved ?? { top: 0 } })
  router.beforeEach((to) => (to.meta.requiresAuth && !signedIn.value ? signInRoute(to.fullPath) : true))
  // The token expired or the API refused it: sign in again, then come back to the same place.
  onSessionExpired(() => {
    const current = router.currentRoute.value
    if (current.path !== '/sign-in') router.push(signInRoute(current.fullPath, true))
  })
  return router
}
