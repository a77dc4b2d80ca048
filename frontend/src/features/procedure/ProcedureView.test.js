import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProcedureView from './ProcedureView.vue'
import { setLocale } from '../../i18n.js'
import { session } from '../../session/session.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const programme = { id: 3, municipality: '2461011', name: 'Gminny Program Rewitalizacji 2030', shortName: 'GPR 2030' }
const start = { id: 5, programmeId: 3, municipality: '2461011', kind: 'START_RESOLUTION', article: 'art. 14', date: '2022-09-22',
  title: null, documentNumber: null, journalReference: null, bipUrl: null, source: 'bielsko-biala.pl', version: 0 }
const designation = { id: 4, programmeId: 3, municipality: '2461011', kind: 'AREA_DESIGNATION', article: 'art. 8, 11',
  date: '2022-08-25', documentNumber: 'XLVII/1091/2022', journalReference: 'Dz. Urz. Woj. Śląskiego 2022 poz. 5426',
  bipUrl: 'https://bip.um.bielsko.pl/', source: 'bielsko-biala.pl', version: 2 }
const page = (items) => ({ items, page: 0, size: 200, totalItems: items.length, totalPages: 1 })

let api
let stored
function serve(method, path, init) {
  if (path === '/api/v1/programmes/3') return answer(200, programme)
  if (path === '/api/v1/procedure-steps' && method === 'POST') {
    const body = JSON.parse(init.body)
    if (body.committeeOpinionDate && body.committeeOpinionDate < body.date) {
      return answer(400, { status: 400, errors: [{ field: 'committeeOpinionDate', message: "must not be before the assessment's date" }] })
    }
    const created = { ...body, id: 9, municipality: '2461011', article: 'art. 22', version: 0 }
    stored = [...stored, created]
    return answer(201, created)
  }
  if (path === '/api/v1/procedure-steps/4' && method === 'GET') return answer(200, designation, { ETag: '"v2"' })
  if (path === '/api/v1/procedure-steps/4' && method === 'PUT') return answer(200, { ...designation, ...JSON.parse(init.body), version: 3 })
  if (path === '/api/v1/procedure-steps') return answer(200, page(stored))
  return answer(404, { status: 404, title: 'Not Found' })
}

beforeEach(() => {
  setLocale('pl')
  stored = [start, designation]
  api = fakeApi(serve)
})
afterEach(() => { session.value = null; vi.unstubAllGlobals() })

async function renderView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/programmes/:id/procedure', component: ProcedureView },
    { path: '/:any(.*)', component: { template: '<div/>' } }
  ] })
  router.push('/programmes/3/procedure')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
}
const signInAsEditor = () => {
  session.value = { token: 't', expiresAt: Date.now() + 60_000, username: 'ola', role: 'EDITOR', municipality: '2461011' }
}

describe('ProcedureView', () => {
  it('lists the steps by date with kind, article, document, journal, BIP link and source; no forms for residents', async () => {
    await renderView()
    expect(await screen.findByText('art. 8, 11')).toBeTruthy()
    await vi.waitFor(() => expect(document.querySelectorAll('ol.procedure-timeline > li')).toHaveLength(2))
    const items = [...document.querySelectorAll('ol.procedure-timeline > li')]
    expect(items[0].querySelector('h3').textContent).toContain('Wyznaczenie obszaru zdegradowanego')
    expect(items[1].querySelector('h3').textContent).toContain('Uchwała o przystąpieniu')
    const first = within(items[0])
    expect(first.getByText('art. 8, 11')).toBeTruthy()
    expect(first.getByText('XLVII/1091/2022')).toBeTruthy()
    expect(first.getByText('Dz. Urz. Woj. Śląskiego 2022 poz. 5426')).toBeTruthy()
    expect(first.getByRole('link', { name: 'dokument w BIP' }).getAttribute('href')).toBe('https://bip.um.bielsko.pl/')
    expect(within(items[1]).getAllByText('nie zapisano').length).toBeGreaterThan(0)
    expect(screen.queryByRole('button', { name: 'Dodaj krok procedury' })).toBeNull()
  })

  it('says so when no steps are recorded', async () => {
    stored = []
    await renderView()
    expect(await screen.findByText('Nie zapisano żadnych kroków procedury.')).toBeTruthy()
  })

  it('shows the API field error next to the assessment date, then adds the corrected step to the timeline', async () => {
    signInAsEditor()
    await renderView()
    await userEvent.click(await screen.findByRole('button', { name: 'Dodaj krok procedury' }))
    const form = screen.getByRole('form', { name: 'Dodaj krok procedury' })
    expect(within(form).queryByLabelText('Data opinii Komitetu Rewitalizacji')).toBeNull()
    await userEvent.selectOptions(within(form).getByLabelText(/^Rodzaj kroku/), 'ASSESSMENT')
    await userEvent.type(within(form).getByLabelText('Data'), '2025-10-15')
    const opinion = within(form).getByLabelText('Data opinii Komitetu Rewitalizacji')
    await userEvent.type(opinion, '2025-10-01')
    await userEvent.click(within(form).getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(opinion.getAttribute('aria-invalid')).toBe('true'))
    expect(document.getElementById(opinion.getAttribute('aria-describedby')).textContent).toContain('must not be before')
    expect(within(form).getByRole('alert').textContent).toContain('popraw błędy (1)')

    await userEvent.clear(opinion)
    await userEvent.type(opinion, '2025-10-20')
    await userEvent.click(within(form).getByRole('button', { name: 'Zapisz' }))
    expect(await screen.findByText('Zapisano krok procedury.')).toBeTruthy()
    await vi.waitFor(() => expect(document.querySelectorAll('ol.procedure-timeline > li')).toHaveLength(3))
    const post = api.requests().filter((r) => r.method === 'POST').at(-1)
    expect(post.body).toMatchObject({ programmeId: 3, kind: 'ASSESSMENT', date: '2025-10-15', committeeOpinionDate: '2025-10-20',
      bipPublishedOn: null, documentNumber: null })
  })

  it('edits a step with PUT and the ETag it read', async () => {
    signInAsEditor()
    await renderView()
    await userEvent.click(await screen.findByRole('button', { name: /^Edytuj krok: Wyznaczenie/ }))
    const form = screen.getByRole('form', { name: 'Edytuj krok procedury' })
    const number = within(form).getByLabelText('Numer dokumentu')
    expect(number.value).toBe('XLVII/1091/2022')
    await userEvent.type(within(form).getByLabelText('Tytuł dokumentu'), 'Uchwała')
    await userEvent.click(within(form).getByRole('button', { name: 'Zapisz' }))
    expect(await screen.findByText('Zapisano krok procedury.')).toBeTruthy()
    const put = api.requests().find((r) => r.method === 'PUT')
    expect(put.path).toBe('/api/v1/procedure-steps/4')
    expect(put.headers['If-Match']).toBe('"v2"')
    expect(put.body).toMatchObject({ programmeId: 3, kind: 'AREA_DESIGNATION', title: 'Uchwała', date: '2022-08-25' })
  })
})
