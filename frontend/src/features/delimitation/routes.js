export const routes = [
  { path: '/municipalities/:teryt/delimitation', component: () => import('./DelimitationView.vue') }
]
