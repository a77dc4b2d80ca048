import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import RecommendationForm from './RecommendationForm.vue'
import { setLocale } from '../../i18n.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

async function renderForm(path) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/recommendations/new', component: RecommendationForm },
    { path: '/:other(.*)', component: { template: '<h1>elsewhere</h1>' } }
  ] })
  router.push(path)
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
  await screen.findByRole('heading', { level: 1, name: 'Nowa rekomendacja' })
  return router
}

let user
beforeEach(() => {
  setLocale('pl')
  user = userEvent.setup()
})
afterEach(() => vi.unstubAllGlobals())

describe('RecommendationForm (create)', () => {
  it('creates a proposed recommendation of the programme with POST and goes back to the board', async () => {
    const api = fakeApi(() => answer(201, { id: 9, programmeId: 2, title: 'Mierzyć zasiedlenie', status: 'PROPOSED', version: 0 }, { ETag: '"0"' }))
    const router = await renderForm('/recommendations/new?programme=2')
    // a new recommendation starts as proposed: no status to choose yet
    expect(screen.queryByLabelText(/^Status/)).toBeNull()
    await user.type(screen.getByLabelText(/^Tytuł/), 'Mierzyć zasiedlenie')
    await user.type(screen.getByLabelText(/^Treść/), 'Dodać wskaźnik rezultatu.')
    await user.selectOptions(screen.getByLabelText(/^Priorytet/), 'HIGH')
    await user.type(screen.getByLabelText(/^Termin/), '2026-12-31')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/programmes/2/recommendations'))
    expect(api.requests().at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/recommendations' })
    expect(api.requests().at(-1).body).toEqual({
      programmeId: 2, title: 'Mierzyć zasiedlenie', text: 'Dodać wskaźnik rezultatu.', priority: 'HIGH', owner: null, dueDate: '2026-12-31'
    })
  })

  it('shows the API\'s field error next to the field', async () => {
    fakeApi(() => answer(400, { status: 400, title: 'Invalid request', errors: [{ field: 'text', message: 'must not be blank' }] }))
    await renderForm('/recommendations/new?programme=2')
    await user.type(screen.getByLabelText(/^Tytuł/), 'Bez treści')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Treść: must not be blank' })).toBeTruthy()
    const text = screen.getByLabelText(/^Treść/)
    expect(text.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById('field-text-error').textContent).toContain('must not be blank')
  })
})
