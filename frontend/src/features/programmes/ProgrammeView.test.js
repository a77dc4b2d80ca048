import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProgrammeView from './ProgrammeView.vue'
import { setLocale } from '../../i18n.js'

const empty = { items: [], page: 0, size: 200, totalItems: 0, totalPages: 0 }
const answers = {
  '/api/v1/programmes/2/compliance': { programmeId: 2,
    rules: { basis: 'GUIDELINES_2014_2020', citation: 'Wytyczne w zakresie rewitalizacji 2014–2020',
      explanationPl: 'Program PR ocenia się według wytycznych.', explanationEn: 'A PR programme is judged by the guidelines.' },
    checks: [
      { id: 'GUIDELINES_DEGRADED_CRISIS', article: 'definicja obszaru zdegradowanego', basis: 'GUIDELINES_2014_2020',
        source: 'Wytyczne w zakresie rewitalizacji 2014–2020', subject: 'BS', result: 'FAIL', missing: [],
        explanationPl: 'Brak zjawisk społecznych.', explanationEn: 'No social phenomena.' },
      { id: 'GUIDELINES_AREA_SHARE', article: 'definicja obszaru rewitalizacji (20% powierzchni)', basis: 'GUIDELINES_2014_2020',
        source: 'Wytyczne w zakresie rewitalizacji 2014–2020', subject: null, result: 'UNKNOWN', missing: ['BS.areaHa'],
        explanationPl: 'Brak powierzchni.', explanationEn: 'No area.' },
      { id: 'ART_25_SSR_DURATION', article: 'art. 25', basis: 'ACT_2015', source: 'Ustawa o rewitalizacji', subject: null,
        result: 'NOT_APPLICABLE', missing: [], explanationPl: 'Nie dotyczy.', explanationEn: 'Does not apply.' }
    ], summary: { pass: 0, fail: 1, unknown: 1, notApplicable: 1 } },
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
  it('shows the rules the programme is judged by, and each check with its source, result in words and what is missing', async () => {
    await renderProgramme()
    const region = await screen.findByRole('region', { name: 'Zgodność z przepisami' })
    expect(await within(region).findByText('Program oceniany według: Wytyczne w zakresie rewitalizacji 2014–2020')).toBeTruthy()
    expect(within(region).getByText('Program PR ocenia się według wytycznych.')).toBeTruthy()
    expect(within(region).getByText('Spełnione: 0, niespełnione: 1, nierozstrzygnięte: 1, nie dotyczy: 1')).toBeTruthy()
    const rows = within(region).getAllByRole('row').slice(1)
    expect(rows[0].textContent).toContain('definicja obszaru zdegradowanego')
    expect(rows[0].textContent).toContain('Wytyczne w zakresie rewitalizacji 2014–2020')
    expect(rows[0].textContent).toContain('niespełnione')
    expect(rows[1].textContent).toContain('Nie odnotowano: BS.areaHa')
    expect(rows[2].textContent).toContain('nie dotyczy')
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
