export const routes = [
  { path: '/areas/:id', component: () => import('./AreaView.vue') },
  { path: '/areas/new', component: () => import('./AreaForm.vue'), meta: { requiresAuth: true } },
  { path: '/areas/:id/edit', component: () => import('./AreaForm.vue'), meta: { requiresAuth: true } }
]
