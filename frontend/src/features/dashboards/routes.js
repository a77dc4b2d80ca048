export const routes = [
  { path: '/municipalities/:teryt/dashboards', component: () => import('./DashboardsView.vue') }
]
