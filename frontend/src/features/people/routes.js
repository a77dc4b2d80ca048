export const routes = [
  { path: '/municipalities/:teryt/people', component: () => import('./PeopleView.vue'), meta: { requiresAuth: true } }
]
