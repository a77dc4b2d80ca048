import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import EvaluationForm from './EvaluationForm.vue'
import { setLocale } from '../../i18n.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const targets = { items: [{ code: '11.3', position: 3, titlePl: 'Planowanie', titleEn: 'Planning', indicators: [] }], totalItems: 1 }
const evaluation = (version, changes = {}) => ({
  id: 4, programmeId: 2, municipality: '2461011', type: 'PERIODIC', date: '2025-09-30', author: 'Urząd Miejski',
  committeeOpinion: null, committeeOpinionDate: null, bipPublication: null, bipPublishedOn: null, acceptedBy: null, acceptedOn: null,
  findings: [{ title: 'Puste kamienice', text: 'Część lokali stoi pusta.', sdgTarget: '11.3' }], version, ...changes
})

function api(write) {
  return fakeApi((method, path, init) => {
    if (method !== 'GET') return write(method, path, init)
    if (path === '/api/v1/sdg/targets') return answer(200, targets)
    if (path === '/api/v1/evaluations/4') return answer(200, evaluation(3), { ETag: '"3"' })
    return answer(404, null)
  })
}

async function renderForm(path) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/evaluations/new', component: EvaluationForm },
    { path: '/evaluations/:id/edit', component: EvaluationForm },
    { path: '/:other(.*)', component: { template: '<h1>elsewhere</h1>' } }
  ] })
  router.push(path)
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
  await screen.findByRole('heading', { level: 1, name: /Nowa ewaluacja|Edycja ewaluacji/ })
  return router
}

let user
beforeEach(() => {
  setLocale('pl')
  user = userEvent.setup()
})
afterEach(() => vi.unstubAllGlobals())

describe('EvaluationForm', () => {
  it('creates an evaluation with a finding and goes back to the programme', async () => {
    const requests = api(() => answer(201, evaluation(0, { id: 8 }), { ETag: '"0"' }))
    const router = await renderForm('/evaluations/new?programme=2')
    await user.selectOptions(screen.getByLabelText(/^Rodzaj oceny/), 'FINAL')
    await user.type(screen.getByLabelText('Data oceny'), '2025-09-30')
    await user.type(screen.getByLabelText('Autor oceny'), 'Urząd Miejski')
    const committee = screen.getByRole('group', { name: 'Opinia Komitetu Rewitalizacji' })
    await user.type(within(committee).getByLabelText('Treść opinii'), 'Opinia pozytywna.')
    await user.click(screen.getByRole('button', { name: 'Dodaj wniosek' }))
    const finding = screen.getByRole('group', { name: 'Wniosek 1' })
    await user.type(within(finding).getByLabelText(/^Tytuł wniosku/), 'Puste kamienice')
    await user.type(within(finding).getByLabelText(/^Treść wniosku/), 'Część lokali stoi pusta.')
    await screen.findByRole('option', { name: '11.3 Planowanie' })
    await user.selectOptions(within(finding).getByLabelText('Zadanie SDG 11'), '11.3')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/programmes/2'))
    expect(requests.requests().at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/evaluations' })
    expect(requests.requests().at(-1).body).toEqual({
      programmeId: 2, type: 'FINAL', date: '2025-09-30', author: 'Urząd Miejski', committeeOpinion: 'Opinia pozytywna.',
      committeeOpinionDate: null, bipPublication: null, bipPublishedOn: null, acceptedBy: null, acceptedOn: null,
      findings: [{ title: 'Puste kamienice', text: 'Część lokali stoi pusta.', sdgTarget: '11.3' }]
    })
  })

  it('shows the API\'s error of a finding next to its field', async () => {
    api(() => answer(400, { status: 400, title: 'Invalid request', errors: [{ field: 'findings[0].text', message: 'must not be blank' }] }))
    await renderForm('/evaluations/new?programme=2')
    await user.click(screen.getByRole('button', { name: 'Dodaj wniosek' }))
    await user.type(within(screen.getByRole('group', { name: 'Wniosek 1' })).getByLabelText(/^Tytuł wniosku/), 'Bez treści')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Wniosek 1: Treść wniosku: must not be blank' })).toBeTruthy()
    const text = within(screen.getByRole('group', { name: 'Wniosek 1' })).getByLabelText(/^Treść wniosku/)
    expect(text.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById('field-findings-0-text-error').textContent).toContain('must not be blank')
  })

  it('edits an evaluation: removing a finding sends the list whole, with If-Match', async () => {
    const requests = api(() => answer(200, evaluation(4, { findings: [] }), { ETag: '"4"' }))
    const router = await renderForm('/evaluations/4/edit')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Edycja ewaluacji: ocena okresowa, 30 wrz 2025')
    await user.click(screen.getByRole('button', { name: 'Usuń wniosek 1' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dodaj wniosek' }))
    await user.type(screen.getByLabelText('Przyjęta przez'), 'Rada Miejska')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/programmes/2'))
    const patch = requests.requests().at(-1)
    expect(patch).toMatchObject({ method: 'PATCH', path: '/api/v1/evaluations/4', body: { findings: [], acceptedBy: 'Rada Miejska' } })
    expect(patch.headers['If-Match']).toBe('"3"')
  })
})
