import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import ReportView from './ReportView.vue'
import { setLocale } from '../../i18n.js'

function report(lang) {
  const en = lang === 'en'
  return {
    title: en ? 'How revitalisation served SDG 11' : 'Jak rewitalizacja służyła Celowi 11', lang, scope: 'programme', programmeId: 2,
    generatedAt: '2026-11-28T17:13:02Z', generatedLabel: en ? 'Generated' : 'Wygenerowano',
    summary: { heading: en ? '1. Summary and lineage' : '1. Podsumowanie i ciągłość programów', teryt: '2461011',
      municipality: 'Bielsko-Biała', facts: [{ label: en ? 'Projects' : 'Projekty', value: '4' }], lineageHeading: 'Lineage',
      lineage: [{ id: 1, name: 'PROM 2007–2013', period: '2007–2013', legalBasis: 'PR', status: 'completed', current: false },
        { id: 2, name: 'PROM 2014–2021', period: '2014–2021', legalBasis: 'PR', status: 'completed', current: true }] },
    areas: { heading: '2. Obszary', empty: 'Brak obszarów.', columns: ['Kod', 'Nazwa', 'Powierzchnia [ha]', 'Mieszkańcy'],
      items: [{ id: 1, programme: 'PROM 2014–2021', kind: 'obszar rewitalizacji', name: 'Obszar rewitalizacji',
        subareas: [{ code: 'BS', name: 'Biała Śródmieście', areaHa: '—', residents: '—', hasGeometry: false }],
        withoutGeometry: ['BS'], withoutGeometryText: 'Bez granic (nie na mapie): BS' }] },
    projects: { heading: '3. Projekty', empty: 'Brak projektów.', targets: [{ code: '11.4', title: '11.4 Dziedzictwo', count: 1,
      totalCost: '100.00', totalCostText: '100,00 PLN', summary: 'Projekty: 1', projects: [
        { id: 7, programme: 'PROM 2014–2021', title: 'Nowa Starówka', kind: 'podstawowy', status: 'zakończony', amountText: '100,00 PLN' }] }] },
    indicators: { heading: '4. Wskaźniki', empty: 'Brak wskaźników.', items: [{ id: 1, programme: 'PROM 2014–2021', code: 'W1',
      name: 'Kamienice', unit: 'szt.', sdgTarget: '11.1', baseline: 'wartość bazowa 2019: 0', target: 'cel 2023: 4',
      observations: [{ year: 2020, value: '0', text: '0' }, { year: 2021, value: '1', text: '1' }], status: 'NOT_APPLICABLE',
      statusLabel: 'metoda nie ma zastosowania', explanation: 'Wartość bazowa nie jest dodatnia.' }] },
    compliance: { heading: '5. Zgodność', programmes: [{ programme: 'PROM 2014–2021', summary: 'spełnione: 1', checks: [
      { id: 'ART_9_CRISIS', article: 'art. 9', subject: 'BS', result: 'FAIL', resultLabel: 'niespełnione', explanation: 'Brak zjawisk społecznych.' }] }] },
    evaluations: { heading: '6. Wnioski', empty: 'Brak ewaluacji.', items: [] },
    recommendations: { heading: '7. Rekomendacje', empty: 'Brak rekomendacji.', items: [{ id: 3, programme: 'PROM 2014–2021',
      title: 'Przygotować GPR', text: 'Kontynuować.', priority: 'wysoki', status: 'wdrożona', owner: null, dueDate: '—', sdgTargets: '—' }] }
  }
}

let fetchMock
beforeEach(() => {
  setLocale('pl')
  fetchMock = vi.fn(async (url, init) => {
    if (init.headers.Accept === 'application/pdf') {
      return { ok: true, status: 200, blob: async () => new Blob(['%PDF-1.7'], { type: 'application/pdf' }) }
    }
    if (url.startsWith('/api/v1/areas')) {
      return { ok: true, status: 200, json: async () => ({ type: 'FeatureCollection', features: [
        { type: 'Feature', id: 1, geometry: null, properties: { code: 'BS', name: 'Biała Śródmieście', kind: 'REVITALISATION' } }] }) }
    }
    return { ok: true, status: 200, json: async () => report(new URL(url, 'http://x').searchParams.get('lang')) }
  })
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => {
  vi.unstubAllGlobals()
  setLocale('pl')
})

async function renderAt(url) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/programmes/:id/report', component: ReportView },
    { path: '/municipalities/:teryt/report', component: ReportView },
    { path: '/:other(.*)', component: { template: '<div/>' } }
  ] })
  router.push(url)
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
}

describe('ReportView', () => {
  it('renders the report of a programme in the page, section by section', async () => {
    await renderAt('/programmes/2/report')
    expect(await screen.findByRole('heading', { level: 1, name: 'Jak rewitalizacja służyła Celowi 11' })).toBeTruthy()
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/programmes/2/report?lang=pl')
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual(['1. Podsumowanie i ciągłość programów', '2. Obszary', '3. Projekty', '4. Wskaźniki',
      '5. Zgodność', '6. Wnioski', '7. Rekomendacje'])
    const compliance = screen.getByRole('region', { name: '5. Zgodność' })
    expect(within(compliance).getByRole('cell', { name: 'niespełnione' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Nowa Starówka' }).getAttribute('href')).toBe('/projects/7')
    expect(screen.getByText(/PROM 2014–2021 \(ten program\)/).closest('li').getAttribute('aria-current')).toBe('true')
    expect(screen.getByText('Brak ewaluacji.')).toBeTruthy()
    // the areas section asks for the subareas' boundaries to draw the map
    expect(await screen.findByText(/Granice podobszarów nie są znane/)).toBeTruthy()
    expect(fetchMock.mock.calls.map((c) => c[0])).toContain('/api/v1/areas?programme=2&size=200')
  })

  it('asks for the report in the language of the interface, and again when it changes', async () => {
    await renderAt('/municipalities/2461011/report')
    await screen.findByRole('heading', { level: 1, name: 'Jak rewitalizacja służyła Celowi 11' })
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/municipalities/2461011/report?lang=pl')
    setLocale('en')
    expect(await screen.findByRole('heading', { level: 1, name: 'How revitalisation served SDG 11' })).toBeTruthy()
    const reportCalls = fetchMock.mock.calls.map((c) => c[0]).filter((url) => url.includes('/report'))
    expect(reportCalls.at(-1)).toBe('/api/v1/municipalities/2461011/report?lang=en')
    expect(fetchMock.mock.calls.map((c) => c[0])).toContain('/api/v1/areas?municipality=2461011&size=200')
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeTruthy()
  })

  it('downloads the PDF by asking the same address for application/pdf', async () => {
    const createObjectURL = vi.fn(() => 'blob:report')
    vi.stubGlobal('URL', Object.assign(globalThis.URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await renderAt('/programmes/2/report')
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Pobierz PDF' }))
    expect(await screen.findByText('PDF pobrany.')).toBeTruthy()
    const [url, init] = fetchMock.mock.calls.at(-1)
    expect(url).toBe('/api/v1/programmes/2/report?lang=pl')
    expect(init.headers.Accept).toBe('application/pdf')
    expect(createObjectURL).toHaveBeenCalled()
    expect(clicks.mock.instances[0].download).toBe('raport-program-2-pl.pdf')
    clicks.mockRestore()
  })

  it('offers printing', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    await renderAt('/programmes/2/report')
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Drukuj' }))
    expect(print).toHaveBeenCalled()
  })
})
