import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import RecommendationsBoard from './RecommendationsBoard.vue'
import { setLocale } from '../../i18n.js'

const recommendation = (id, status, title, extra = {}) => ({ id, programmeId: 2, title, text: null, priority: 'HIGH', status,
  owner: null, dueDate: null, sdgTargets: [], ...extra })
const page = { items: [
  recommendation(1, 'IMPLEMENTED', 'Przygotować GPR', { owner: 'Wydział Strategii', dueDate: '2022-09-22', sdgTargets: ['11.3'] }),
  recommendation(2, 'IN_PROGRESS', 'Mierzyć zasiedlenie'),
  recommendation(3, 'REJECTED', 'Ustalić powierzchnię', { priority: 'LOW' })
], page: 0, size: 200, totalItems: 3, totalPages: 1 }

beforeEach(() => {
  setLocale('pl')
  vi.stubGlobal('fetch', vi.fn(async (url) => ({ ok: true, status: 200,
    json: async () => (url.includes('/recommendations') ? page : { id: 2, name: 'PROM 2014–2021' }) })))
})
afterEach(() => vi.unstubAllGlobals())

describe('RecommendationsBoard', () => {
  it('shows one titled column per status, each a list of its recommendations', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/programmes/:id/recommendations', component: RecommendationsBoard },
      { path: '/programmes/:id', component: { template: '<div/>' } }
    ] })
    router.push('/programmes/2/recommendations')
    await router.isReady()
    render({ template: '<RouterView />' }, { global: { plugins: [router] } })

    await screen.findByRole('heading', { level: 2, name: 'wdrożone (1)' })
    const columns = screen.getAllByRole('region')
    expect(columns.map((c) => within(c).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'zaproponowane (0)', 'przyjęte (0)', 'w realizacji (1)', 'wdrożone (1)', 'odrzucone (1)'])
    const implemented = screen.getByRole('region', { name: 'wdrożone (1)' })
    const card = within(within(implemented).getByRole('list')).getByRole('listitem')
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('Przygotować GPR')
    expect(card.textContent).toContain('wysoki')
    expect(card.textContent).toContain('22 wrz 2022')
    expect(within(screen.getByRole('region', { name: 'zaproponowane (0)' })).getByText('Brak rekomendacji w tym statusie.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'PROM 2014–2021' }).getAttribute('href')).toBe('/programmes/2')
    expect(document.title).toBe('Rekomendacje: tablica według statusu – Odnowa')
  })
})
