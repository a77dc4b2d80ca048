export const routes = [
  { path: '/municipalities/:teryt/import', component: () => import('./ImportView.vue'), meta: { requiresAuth: true } }
]
