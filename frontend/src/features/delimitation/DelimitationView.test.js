import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import DelimitationView from './DelimitationView.vue'
import { setLocale } from '../../i18n.js'
import { session } from '../../session/session.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const square = (x) => ({ type: 'Polygon', coordinates: [[[x, 49.8], [x + 0.01, 49.8], [x + 0.01, 49.81], [x, 49.81], [x, 49.8]]] })
const unit = (code, x, residents) => ({ id: x, code, name: `Jednostka ${code}`, geometry: square(19 + x / 100), areaHa: 100, residents,
  source: 'illustrative: test' })
const units = [unit('A', 1, 2000), unit('B', 2, 1500), unit('C', 3, 500)]
const indicators = [
  { id: 1, code: 'S1', year: 2021, name: 'Pomoc społeczna', sphere: 'SOCIAL', direction: 'HIGHER_IS_WORSE', rate: true, source: 'illustrative' },
  { id: 2, code: 'T1', year: 2021, name: 'Stare budynki', sphere: 'TECHNICAL', direction: 'HIGHER_IS_WORSE', rate: false, source: 'illustrative' }
]
const cell = (indicator, sphere, value, reference) => ({ indicator, sphere, value, reference, worse: value > reference, z: 0 })
const row = (u, worse, index) => ({ code: u.code, name: u.name, areaHa: u.areaHa, residents: u.residents,
  values: [cell('S1', 'SOCIAL', worse ? 9 : 2, 5), cell('T1', 'TECHNICAL', worse ? 60 : 10, 30)],
  spheres: { social: worse, economic: null, environmental: null, spatialFunctional: null, technical: worse },
  socialWorse: worse ? 1 : 0, meetsArt9: worse, index })
const selection = (codes) => ({ units: codes, areaHa: 100 * codes.length, residents: 0, areaSharePct: 0, residentsSharePct: 0,
  maxAreaSharePct: 20, maxResidentsSharePct: 30, withinLimits: true })
const delimitation = {
  municipality: '2461011', method: { year: 2021, thresholdPct: 0, minSocialIndicators: 1, indicators: ['S1', 'T1'], formula: 'f' },
  base: { areaHa: 1000, residents: 10000, areaSource: 'municipality', residentsSource: 'municipality' },
  indicators: [
    { code: 'S1', name: 'Pomoc społeczna', sphere: 'SOCIAL', direction: 'HIGHER_IS_WORSE', rate: true, reference: 5, referenceMethod: 'residents-weighted mean', source: 'illustrative' },
    { code: 'T1', name: 'Stare budynki', sphere: 'TECHNICAL', direction: 'HIGHER_IS_WORSE', rate: false, reference: 30, referenceMethod: 'mean', source: 'illustrative' }
  ],
  units: [row(units[0], true, 1.1), row(units[1], true, 0.7), row(units[2], false, -1.8)],
  degraded: selection(['A', 'B']), revitalisation: null
}
const area = (id, kind, name, codes) => ({ id, programmeId: 7, kind, name, subareas: codes.map((code) => ({ code })) })

let api
// The units come a page at a time; the fake pages by 2 whatever size is asked, so the view must read both pages.
const unitPage = (page) => ({ items: units.slice(2 * page, 2 * page + 2), page, size: 2, totalItems: units.length,
  totalPages: Math.ceil(units.length / 2) })
function serve(method, path, init, query) {
  if (path === '/api/v1/municipalities/2461011') return answer(200, { teryt: '2461011', name: 'Bielsko-Biała' })
  if (path === '/api/v1/spatial-units') return answer(200, unitPage(Number(query.get('page') ?? 0)))
  if (path === '/api/v1/diagnostic-indicators') return answer(200, indicators)
  if (path === '/api/v1/programmes') return answer(200, { items: [{ id: 7, name: 'Program testowy', shortName: 'GPR' }], totalItems: 1 })
  if (path === '/api/v1/municipalities/2461011/delimitations') return answer(200, delimitation)
  if (path === '/api/v1/municipalities/2461011/delimitations/areas') {
    const body = JSON.parse(init.body)
    if (body.delimitation.selection.length > 1) {
      return answer(400, { status: 400, errors: [{ field: 'delimitation.selection', message: 'over the limit of 30 % (maxResidentsSharePct)' }] })
    }
    return answer(201, { degraded: area(1, 'DEGRADED', 'Obszar zdegradowany', ['A', 'B']), revitalisation: area(2, 'REVITALISATION', 'Obszar rewitalizacji', body.delimitation.selection), delimitation })
  }
  return answer(404, { status: 404, title: 'Not Found' })
}

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 })
})
afterAll(() => {
  delete HTMLElement.prototype.clientWidth
  delete HTMLElement.prototype.clientHeight
})
beforeEach(() => {
  setLocale('pl')
  api = fakeApi(serve)
})
afterEach(() => { session.value = null; vi.unstubAllGlobals() })

async function renderView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/municipalities/:teryt/delimitation', component: DelimitationView },
    { path: '/:any(.*)', component: { template: '<div/>' } }
  ] })
  router.push('/municipalities/2461011/delimitation')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
}

describe('DelimitationView', () => {
  it('computes with the method of the latest year and shows the table, the illustrative note and no save form to residents', async () => {
    await renderView()
    await screen.findByRole('checkbox', { name: 'Włącz A Jednostka A do obszaru rewitalizacji' })
    const compute = api.requests().find((r) => r.path.endsWith('/delimitations'))
    expect(compute.body).toEqual({ year: 2021, indicators: ['S1', 'T1'], thresholdPct: 0, minSocialIndicators: 1 })
    expect(document.querySelectorAll('table.delimitation-table tbody tr')).toHaveLength(3)
    expect(screen.queryByRole('checkbox', { name: /Włącz C / })).toBeNull()
    expect(screen.getByText('Dane ilustracyjne.')).toBeTruthy()
    expect(screen.queryByRole('form', { name: 'Zapisz obszary z delimitacji' })).toBeNull()
  })

  it('reads every page of the units, so that a unit of the second page is on the map too', async () => {
    await renderView()
    await screen.findByRole('checkbox', { name: /Włącz A / })
    const pages = api.mock.calls.map(([url]) => url).filter((url) => url.includes('/api/v1/spatial-units'))
      .map((url) => new URLSearchParams(url.split('?')[1]))
    expect(pages.map((q) => [q.get('municipality'), q.get('page'), q.get('size')])).toEqual([['2461011', '0', '200'], ['2461011', '1', '200']])
    // C comes on page 1; its shape is drawn with A and B.
    expect(document.querySelector('[aria-label^="C Jednostka C"]')).toBeTruthy()
    expect(document.querySelectorAll('.delimitation-map [role="img"]')).toHaveLength(3)
  })

  it('updates the shares live, warns over a limit, shows the API refusal at the shares and saves the areas', async () => {
    session.value = { token: 't', expiresAt: Date.now() + 60_000, username: 'ola', role: 'EDITOR', municipality: '2461011' }
    const user = userEvent.setup()
    await renderView()
    const budget = () => document.querySelector('.budget-figures').textContent
    await user.click(await screen.findByRole('checkbox', { name: /Włącz A / }))
    expect(budget()).toContain('Wybrane jednostki: 1.')
    expect(budget()).toContain('= 10% powierzchni gminy')
    expect(budget()).toContain('Mieszkańcy 2000 = 20% mieszkańców gminy')
    expect(document.querySelector('.budget-warning')).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: /Włącz B / }))
    expect(budget()).toContain('= 35% mieszkańców gminy')
    expect(screen.getByRole('alert').textContent).toContain('Przekroczono limit mieszkańców: 35% przy dopuszczalnych 30%')

    await user.selectOptions(screen.getByLabelText(/^Program/), '7')
    await user.type(screen.getByLabelText(/^Numer uchwały wyznaczającej/), 'XII/1/2026')
    await user.type(screen.getByLabelText(/^Data uchwały/), '2026-11-30')
    await user.click(screen.getByRole('button', { name: 'Zapisz obszary' }))
    expect((await screen.findByText(/maxResidentsSharePct/)).closest('p').id).toBe('field-save-delimitation-selection-error')
    const save = api.requests().find((r) => r.path.endsWith('/areas'))
    expect(save.body).toMatchObject({ programmeId: 7, resolutionNumber: 'XII/1/2026', resolutionDate: '2026-11-30', publication: null,
      delimitation: { year: 2021, selection: ['A', 'B'] } })

    await user.click(screen.getByRole('checkbox', { name: /Włącz B / }))
    await user.click(screen.getByRole('button', { name: 'Zapisz obszary' }))
    expect((await screen.findByText(/^Zapisano:/)).textContent)
      .toBe('Zapisano: Obszar zdegradowany (2 podobszarów) i Obszar rewitalizacji (1 podobszarów).')
    expect(screen.getByRole('link', { name: 'Zobacz obszary w programie' }).getAttribute('href')).toBe('/programmes/7')
  })
})

describe('DelimitationView errors of the method', () => {
  it('says how to enter the data when the municipality has no indicators, and computes nothing', async () => {
    const mock = fakeApi((method, path, init, query) =>
      (path === '/api/v1/diagnostic-indicators' ? answer(200, []) : serve(method, path, init, query)))
    await renderView()
    expect(await screen.findByText(/nie ma jeszcze wskaźników diagnozy/)).toBeTruthy()
    expect(mock.requests().some((r) => r.path.endsWith('/delimitations'))).toBe(false)
  })

  it('shows an unknown indicator at the indicators and an error on no field with the failure', async () => {
    let calls = 0
    fakeApi((method, path, init, query) => {
      if (path === '/api/v1/municipalities/2461011/delimitations') {
        calls += 1
        return answer(400, { status: 400, errors: calls === 1
          ? [{ field: 'municipality', message: 'municipality 2461011 has no spatial units: create or import them first' }]
          : [{ field: 'indicators[0]', message: 'municipality 2461011 has no indicator S1 for 2021' }] })
      }
      return serve(method, path, init, query)
    })
    await renderView()
    expect((await screen.findByText(/has no spatial units/)).closest('[role="alert"]')).toBeTruthy()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Przelicz delimitację' }))
    expect((await screen.findByText(/has no indicator S1/)).closest('fieldset')).toBeTruthy()
  })
})
