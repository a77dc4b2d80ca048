import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProgrammeView from './ProgrammeView.vue'
import { setLocale } from '../../i18n.js'

const empty = { items: [], page: 0, size: 200, totalItems: 0, totalPages: 0 }
const answers = {
  '/api/v1/programmes/2/compliance': { programmeId: 2, checks: [
    { id: 'ART_9_CRISIS', article: 'art. 9', subject: 'BS', result: 'FAIL', explanationPl: 'Brak zjawisk społecznych.', explanationEn: 'No social phenomena.' },
    { id: 'ART_10_2_AREA', article: 'art. 10 ust. 2', subject: null, result: 'UNKNOWN', explanationPl: 'Brak powierzchni.', explanationEn: 'No area.' }
  ], summary: { pass: 0, fail: 1, unknown: 1 } },
  '/api/v1/programmes/2': { id: 2, name: 'Program Rewitalizacji 2014–2021', legalBasis: 'PR', status: 'COMPLETED', periodFrom: 2014, periodTo: 2021 },
  '/api/v1/evaluations': { ...empty, items: [{ id: 1, type: 'FINAL', date: '2022-05-19', author: 'Urząd Miejski',
    findings: [{ title: 'Podsumowanie', text: 'Osiem osiedli.', sdgTarget: '11.3' }] }] },
  '/api/v1/recommendations': { ...empty, items: [{ id: 1, status: 'IMPLEMENTED' }, { id: 2, status: 'IMPLEMENTED' }, { id: 3, status: 'REJECTED' }] },
  '/api/v1/areas': { type: 'FeatureCollection', features: [] }
}

beforeEach(() => {
  setLocale('pl')
  vi.stubGlobal('fetch', vi.fn(async (url) => {
    const path = url.split('?')[0]
    return { ok: true, status: 200, json: async () => answers[path] ?? empty }
  }))
})
afterEach(() => vi.unstubAllGlobals())

async function renderProgramme() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/programmes/:id', component: ProgrammeView },
    { path: '/:other(.*)', component: { template: '<div/>' } }
  ] })
  router.push('/programmes/2')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
}

describe('ProgrammeView', () => {
  it('shows the compliance checks with their results in words', async () => {
    await renderProgramme()
    const region = await screen.findByRole('region', { name: 'Zgodność z ustawą o rewitalizacji' })
    expect(await within(region).findByText('Spełnione: 0, niespełnione: 1, nierozstrzygnięte: 1')).toBeTruthy()
    const rows = within(region).getAllByRole('row').slice(1)
    expect(rows[0].textContent).toContain('niespełnione')
    expect(rows[0].textContent).toContain('Brak zjawisk społecznych.')
    expect(rows[1].textContent).toContain('—')
  })

  it('lists evaluations with their findings, and counts recommendations by status with a link to the board', async () => {
    await renderProgramme()
    const evaluations = await screen.findByRole('region', { name: 'Ewaluacje' })
    expect(await within(evaluations).findByRole('heading', { level: 3, name: 'ocena końcowa, 19 maj 2022' })).toBeTruthy()
    expect(within(evaluations).getByRole('list', { name: 'Wnioski' }).textContent).toContain('Osiem osiedli.')

    const recommendations = screen.getByRole('region', { name: 'Rekomendacje' })
    expect(await within(recommendations).findByText('wdrożone: 2')).toBeTruthy()
    expect(within(recommendations).getByText('odrzucone: 1')).toBeTruthy()
    expect(within(recommendations).getByRole('link', { name: 'Tablica rekomendacji' }).getAttribute('href')).toBe('/programmes/2/recommendations')
  })

  it('links to the report and shows the areas section', async () => {
    await renderProgramme()
    expect((await screen.findByRole('link', { name: /Raport/ })).getAttribute('href')).toBe('/programmes/2/report')
    expect(await screen.findByRole('region', { name: 'Obszary i podobszary' })).toBeTruthy()
  })
})
