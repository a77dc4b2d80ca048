export const routes = [
  { path: '/municipalities', component: () => import('./MunicipalitiesDirectory.vue') },
  { path: '/municipalities/new', component: () => import('./MunicipalityForm.vue'), meta: { requiresAuth: true } }
]
