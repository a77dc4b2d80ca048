import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProgrammeForm from './ProgrammeForm.vue'
import { setLocale } from '../../i18n.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const earlier = { id: 1, municipality: '2461011', name: 'Lokalny Program Rewitalizacji', shortName: 'LPR 2001–2006', periodFrom: 2001, periodTo: 2006 }

async function renderForm(path) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/programmes/new', component: ProgrammeForm },
    { path: '/programmes/:id/edit', component: ProgrammeForm },
    { path: '/:other(.*)', component: { template: '<h1>elsewhere</h1>' } }
  ] })
  router.push(path)
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
  await screen.findByRole('heading', { level: 1, name: /Nowy program|Edycja programu/ })
  return router
}

let user
beforeEach(() => {
  setLocale('pl')
  user = userEvent.setup()
})
afterEach(() => vi.unstubAllGlobals())

describe('ProgrammeForm (create)', () => {
  it('creates a programme of the municipality, continuing one of its programmes, and opens it', async () => {
    const api = fakeApi((method, path) => {
      if (method === 'GET' && path === '/api/v1/programmes') return answer(200, { items: [earlier], totalItems: 1 })
      if (method === 'POST') return answer(201, { ...earlier, id: 42, name: 'GPR 2024–2030' }, { ETag: '"0"' })
      return answer(404, null)
    })
    const router = await renderForm('/programmes/new?municipality=2461011')
    await user.type(screen.getByLabelText(/^Nazwa \*/), 'Gminny Program Rewitalizacji')
    await user.type(screen.getByLabelText('Nazwa skrócona'), 'GPR 2024–2030')
    await user.selectOptions(screen.getByLabelText('Podstawa prawna'), 'GPR')
    await user.clear(screen.getByLabelText(/^Od roku/))
    await user.type(screen.getByLabelText(/^Od roku/), '2024')
    await user.type(screen.getByLabelText('Do roku'), '2030')
    await screen.findByRole('option', { name: 'LPR 2001–2006 (2001–2006)' })
    await user.selectOptions(screen.getByLabelText('Kontynuuje program'), '1')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/programmes/42'))
    expect(api.requests().at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/programmes', body: {
      municipality: '2461011', name: 'Gminny Program Rewitalizacji', shortName: 'GPR 2024–2030', legalBasis: 'GPR',
      status: 'DRAFT', periodFrom: 2024, periodTo: 2030, predecessorId: 1, published: false, description: null
    } })
  })

  it('shows the API\'s field error next to the field', async () => {
    fakeApi((method) => (method === 'POST'
      ? answer(400, { status: 400, title: 'Invalid request', errors: [{ field: 'periodTo', message: 'must not be before periodFrom' }] })
      : answer(200, { items: [], totalItems: 0 })))
    await renderForm('/programmes/new?municipality=2461011')
    await user.type(screen.getByLabelText(/^Nazwa \*/), 'Program')
    await user.type(screen.getByLabelText('Do roku'), '1999')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Do roku: must not be before periodFrom' })).toBeTruthy()
    const periodTo = screen.getByLabelText('Do roku')
    expect(periodTo.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(periodTo.getAttribute('aria-describedby')).textContent).toContain('must not be before periodFrom')
  })
})
