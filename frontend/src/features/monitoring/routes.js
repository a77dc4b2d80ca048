export const routes = [
  { path: '/programmes/:id/monitoring', component: () => import('./MonitoringView.vue') }
]
