import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import IndicatorForm from './IndicatorForm.vue'
import { setLocale } from '../../i18n.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const targets = { items: [
  { code: '11.1', position: 1, titlePl: 'Mieszkania', titleEn: 'Housing', indicators: [{ code: '11.1.1', titlePl: 'Slumsy', titleEn: 'Slums' }] },
  { code: '11.6', position: 6, titlePl: 'Środowisko', titleEn: 'Environment', indicators: [{ code: '11.6.2', titlePl: 'PM2,5', titleEn: 'PM2.5' }] }
], totalItems: 2 }
const indicator = (version, changes = {}) => ({
  id: 12, programmeId: 2, municipality: '2461011', scope: 'PROGRAMME', areaId: null, projectId: null, code: 'W1',
  namePl: 'Stężenie PM2,5', nameEn: null, unit: 'µg/m³', direction: 'LOWER', level: 'RESULT',
  baseline: { value: '27.5', year: 2021 }, target: { value: '20', year: 2030 }, sdgTarget: '11.6', sdgIndicator: '11.6.2',
  sdgRelation: 'PROXY', naturalLimit: null, source: 'illustrative', version, ...changes
})
const page = (items) => answer(200, { items, totalItems: items.length })

function api(write) {
  return fakeApi((method, path, init) => {
    if (method !== 'GET') return write(method, path, init)
    if (path === '/api/v1/sdg/targets') return answer(200, targets)
    if (path === '/api/v1/areas') return page([{ id: 5, name: 'Śródmieście' }])
    if (path === '/api/v1/projects') return page([{ id: 7, title: 'Nowa Starówka' }])
    if (path === '/api/v1/indicators/12') return answer(200, indicator(3), { ETag: '"3"' })
    return answer(404, null)
  })
}

async function renderForm(path) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/indicators/new', component: IndicatorForm },
    { path: '/indicators/:id/edit', component: IndicatorForm },
    { path: '/:other(.*)', component: { template: '<h1>elsewhere</h1>' } }
  ] })
  router.push(path)
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
  await screen.findByRole('heading', { level: 1, name: /Nowy wskaźnik|Edycja wskaźnika/ })
  return router
}

let user
beforeEach(() => {
  setLocale('pl')
  user = userEvent.setup()
})
afterEach(() => vi.unstubAllGlobals())

describe('IndicatorForm', () => {
  it('creates an indicator of the programme: decimals typed with a comma, baseline and target as year-value pairs, an SDG 11 target', async () => {
    const requests = api(() => answer(201, indicator(0, { id: 31 }), { ETag: '"0"' }))
    const router = await renderForm('/indicators/new?programme=2')
    await user.type(screen.getByLabelText(/^Kod/), 'W7')
    await user.type(screen.getByLabelText(/^Jednostka/), '%')
    await user.type(screen.getByLabelText(/^Nazwa \(po polsku\)/), 'Odsetek zasiedlonych lokali')
    await user.selectOptions(screen.getByLabelText(/^Rodzaj/), 'OUTPUT')
    await user.selectOptions(screen.getByLabelText(/^Kierunek/), 'HIGHER')
    await user.selectOptions(screen.getByLabelText('Czego dotyczy'), 'AREA')
    await screen.findByRole('option', { name: 'Śródmieście' })
    await user.selectOptions(screen.getByLabelText(/^Obszar/), '5')
    const baseline = screen.getByRole('group', { name: 'Wartość bazowa' })
    await user.type(within(baseline).getByLabelText('Wartość'), '62,5')
    expect(within(baseline).getByText('Odczytano: 62,5')).toBeTruthy()
    await user.type(within(baseline).getByLabelText('Rok'), '2021')
    const target = screen.getByRole('group', { name: 'Wartość docelowa' })
    await user.type(within(target).getByLabelText('Wartość'), '90')
    await user.type(within(target).getByLabelText('Rok'), '2030')
    await screen.findByRole('option', { name: '11.1 Mieszkania' })
    await user.selectOptions(screen.getByLabelText('Zadanie SDG 11'), '11.1')
    await user.selectOptions(screen.getByLabelText('Wskaźnik globalny SDG'), '11.1.1')
    await user.type(screen.getByLabelText('Naturalna granica wartości'), '100')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/indicators/31'))
    expect(requests.requests().at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/indicators', body: {
      programmeId: 2, code: 'W7', namePl: 'Odsetek zasiedlonych lokali', nameEn: null, unit: '%', level: 'OUTPUT', direction: 'HIGHER',
      scope: 'AREA', areaId: 5, projectId: null, baseline: { value: '62.5', year: 2021 }, target: { value: '90', year: 2030 },
      sdgTarget: '11.1', sdgIndicator: '11.1.1', sdgRelation: null, naturalLimit: '100', source: null
    } })
  })

  it('shows the API\'s error about the target year next to that field', async () => {
    api(() => answer(400, { status: 400, title: 'Invalid request', errors: [
      { field: 'target.year', message: 'must not be before the baseline year (2021)' }] }))
    await renderForm('/indicators/new?programme=2')
    await user.type(screen.getByLabelText(/^Kod/), 'W7')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Wartość docelowa: Rok: must not be before the baseline year (2021)' })).toBeTruthy()
    const year = within(screen.getByRole('group', { name: 'Wartość docelowa' })).getByLabelText('Rok')
    expect(year.getAttribute('aria-invalid')).toBe('true')
    expect(year.getAttribute('aria-describedby')).toContain('field-target-year-error')
    expect(document.getElementById('field-target-year-error').textContent).toContain('baseline year (2021)')
    await user.click(within(summary).getByRole('link'))
    expect(document.activeElement).toBe(year)
  })

  it('edits an indicator: a changed half of a pair sends the whole pair, with If-Match; a context indicator drops its direction', async () => {
    const requests = api(() => answer(200, indicator(4), { ETag: '"4"' }))
    const router = await renderForm('/indicators/12/edit')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Edycja wskaźnika: W1 Stężenie PM2,5')
    const target = screen.getByRole('group', { name: 'Wartość docelowa' })
    await user.clear(within(target).getByLabelText('Wartość'))
    await user.type(within(target).getByLabelText('Wartość'), '18,25')
    await user.selectOptions(screen.getByLabelText(/^Rodzaj/), 'CONTEXT')
    expect(screen.queryByLabelText(/^Kierunek/)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/indicators/12'))
    const patch = requests.requests().at(-1)
    expect(patch).toMatchObject({ method: 'PATCH', path: '/api/v1/indicators/12' })
    expect(patch.body).toEqual({ level: 'CONTEXT', direction: null, target: { value: '18.25', year: 2030 } })
    expect(patch.headers['If-Match']).toBe('"3"')
  })
})
