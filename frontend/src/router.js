import { createRouter, createWebHistory } from 'vue-router'

export const DEFAULT_MUNICIPALITY = import.meta.env.VITE_DEFAULT_MUNICIPALITY ?? '2461011'

// History mode: the backend serves index.html for deep links. Views load lazily.
export const routes = [
  { path: '/', redirect: `/municipalities/${DEFAULT_MUNICIPALITY}` },
  { path: '/municipalities/:teryt', component: () => import('./features/municipality/MunicipalityHome.vue') },
  { path: '/programmes/:id', component: () => import('./features/programmes/ProgrammeView.vue') },
  { path: '/projects', component: () => import('./features/projects/ProjectsList.vue') },
  { path: '/projects/:id', component: () => import('./features/projects/ProjectView.vue') },
  { path: '/indicators/:id', component: () => import('./features/indicators/IndicatorView.vue') }
]

export function createAppRouter(history = createWebHistory()) {
  return createRouter({ history, routes })
}
