import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import RecommendationsBoard from './RecommendationsBoard.vue'
import { setLocale } from '../../i18n.js'
import { session } from '../../session/session.js'

const recommendation = (id, status, title, extra = {}) => ({ id, programmeId: 2, municipality: '2461011', title, text: null,
  priority: 'HIGH', status, owner: null, dueDate: null, sdgTargets: [], version: 3, ...extra })
let items
let patches
let answer

const json = (status, body) => ({ ok: status < 300, status, headers: new Headers({ 'Content-Type': 'application/json' }),
  json: async () => body, text: async () => JSON.stringify(body) })

beforeEach(() => {
  setLocale('pl')
  items = [
    recommendation(1, 'IMPLEMENTED', 'Przygotować GPR', { owner: 'Wydział Strategii', dueDate: '2022-09-22', sdgTargets: ['11.3'] }),
    recommendation(2, 'IN_PROGRESS', 'Mierzyć zasiedlenie'),
    recommendation(3, 'REJECTED', 'Ustalić powierzchnię', { priority: 'LOW' })
  ]
  patches = []
  answer = null
  vi.stubGlobal('fetch', vi.fn(async (url, init = {}) => {
    if (init.method === 'PATCH') {
      const body = JSON.parse(init.body)
      patches.push({ url: String(url), body, ifMatch: init.headers['If-Match'] })
      if (answer) return answer
      const id = Number(String(url).split('/').pop())
      const updated = { ...items.find((r) => r.id === id), ...body, version: 4 }
      return json(200, updated)
    }
    if (String(url).includes('/recommendations')) {
      return json(200, { items, page: 0, size: 200, totalItems: items.length, totalPages: 1 })
    }
    return json(200, { id: 2, name: 'PROM 2014–2021' })
  }))
})
afterEach(() => { session.value = null; vi.unstubAllGlobals() })

async function renderBoard() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/programmes/:id/recommendations', component: RecommendationsBoard },
    { path: '/programmes/:id', component: { template: '<div/>' } },
    { path: '/recommendations/:id/edit', component: { template: '<div/>' } }
  ] })
  router.push('/programmes/2/recommendations')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
  await screen.findByRole('heading', { level: 2, name: 'wdrożone (1)' })
}

const signInAsEditor = () => {
  session.value = { token: 't', expiresAt: Date.now() + 60_000, username: 'ola', role: 'EDITOR', municipality: '2461011' }
}

describe('RecommendationsBoard', () => {
  it('shows one titled column per status, each a list of its recommendations', async () => {
    await renderBoard()
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
    expect(screen.queryByRole('button', { name: /^Przenieś/ })).toBeNull() // residents only read
  })

  it('lets an editor move a card on by its buttons: only the workflow’s next statuses, sent with the card’s version', async () => {
    signInAsEditor()
    await renderBoard()
    const moves = screen.getAllByRole('button', { name: /^Przenieś „Mierzyć zasiedlenie”/ })
    expect(moves.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Przenieś „Mierzyć zasiedlenie” do: wdrożone', 'Przenieś „Mierzyć zasiedlenie” do: odrzucone'])
    expect(screen.getAllByText('Status końcowy: rekomendacji nie można już przenieść.')).toHaveLength(2)

    await fireEvent.click(moves[0])
    await screen.findByRole('heading', { level: 2, name: 'wdrożone (2)' })
    expect(patches).toEqual([{ url: expect.stringMatching(/\/api\/v1\/recommendations\/2$/), body: { status: 'IMPLEMENTED' }, ifMatch: '"3"' }])
    expect(within(screen.getByRole('region', { name: 'wdrożone (2)' })).getByRole('heading', { name: 'Mierzyć zasiedlenie' })).toBe(document.activeElement)
    expect(screen.getByRole('status').textContent).toBe('Przeniesiono „Mierzyć zasiedlenie” do: wdrożone.')
  })

  it('asks for the reason before rejecting, and shows the API’s field error there', async () => {
    signInAsEditor()
    await renderBoard()
    await fireEvent.click(screen.getByRole('button', { name: 'Przenieś „Mierzyć zasiedlenie” do: odrzucone' }))
    const reason = screen.getByLabelText('Uzasadnienie odrzucenia')
    expect(reason).toBe(document.activeElement)
    expect(patches).toEqual([])
    answer = json(400, { status: 400, title: 'Invalid', errors: [{ field: 'statusReason', message: 'must not be blank when the status is REJECTED' }] })
    await fireEvent.update(reason, '  ')
    await fireEvent.submit(reason.closest('form'))
    expect(await screen.findByText('must not be blank when the status is REJECTED')).toBeTruthy()
    answer = null
    await fireEvent.update(reason, 'Poza zakresem programu')
    await fireEvent.submit(reason.closest('form'))
    await screen.findByRole('heading', { level: 2, name: 'odrzucone (2)' })
    expect(patches.at(-1).body).toEqual({ status: 'REJECTED', statusReason: 'Poza zakresem programu' })
  })

  it('reloads the board, keeping nothing stale, when someone else changed the card first (412)', async () => {
    signInAsEditor()
    await renderBoard()
    answer = json(412, { status: 412, title: 'Precondition failed', detail: 'the object was changed by someone else' })
    items = [recommendation(2, 'IMPLEMENTED', 'Mierzyć zasiedlenie', { version: 5 }), items[0], items[2]]
    await fireEvent.click(screen.getByRole('button', { name: 'Przenieś „Mierzyć zasiedlenie” do: wdrożone' }))
    expect((await screen.findByRole('alert')).textContent).toContain('Ktoś inny zmienił „Mierzyć zasiedlenie”')
    await screen.findByRole('heading', { level: 2, name: 'wdrożone (2)' })
  })

  it('moves a card dragged to a column the workflow allows, and explains a column it does not', async () => {
    signInAsEditor()
    await renderBoard()
    const card = screen.getByRole('heading', { name: 'Mierzyć zasiedlenie' }).closest('li')
    expect(card.getAttribute('draggable')).toBe('true')
    const dataTransfer = { setData: vi.fn(), effectAllowed: '' }
    await fireEvent.dragStart(card, { dataTransfer })
    await fireEvent.drop(screen.getByRole('region', { name: 'zaproponowane (0)' }), { dataTransfer })
    expect(screen.getByRole('alert').textContent).toBe('Z „w realizacji” nie można przenieść do „zaproponowane”; można do: wdrożone, odrzucone.')
    expect(patches).toEqual([])
    await fireEvent.dragStart(card, { dataTransfer })
    await fireEvent.drop(screen.getByRole('region', { name: 'wdrożone (1)' }), { dataTransfer })
    await screen.findByRole('heading', { level: 2, name: 'wdrożone (2)' })
    expect(patches).toHaveLength(1)
  })
})
