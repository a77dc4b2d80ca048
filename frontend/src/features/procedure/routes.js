export const routes = [
  { path: '/programmes/:id/procedure', component: () => import('./ProcedureView.vue') }
]
