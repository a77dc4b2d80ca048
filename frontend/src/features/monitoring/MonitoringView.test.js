import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import MonitoringView from './MonitoringView.vue'
import { periodYears } from './api.js'
import { setLocale } from '../../i18n.js'
import { session } from '../../session/session.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

// Illustrative figures of the tests' own: EFRR planned 100,000.00, spent 80,000.00 in 2024 → 80% executed.
const programme = { id: 3, municipality: '2461011', name: 'Program testowy', shortName: 'GPR test', periodFrom: 2022, periodTo: 2030 }
const square = { projectId: 17, title: 'Rewitalizacja placu', kind: 'BASIC', status: 'IMPLEMENTATION', monitoring: 'RECORDED', recordId: 9,
  progress: '40.00', note: null, funding: [{ source: 'Unia Europejska – EFRR', instrument: 'GRANT', planned: '100000.00', actual: '80000.00', executionRatio: '0.8000' }],
  plannedTotal: '100000.00', actualTotal: '80000.00', executionRatio: '0.8000', source: 'test, dane ilustracyjne', illustrative: true }
const park = { projectId: 18, title: 'Zielony dziedziniec', kind: 'COMPLEMENTARY', status: 'PIPELINE', monitoring: 'NOT_RECORDED', recordId: null,
  progress: null, note: null, funding: [], plannedTotal: null, actualTotal: null, executionRatio: null, source: null, illustrative: false }
const report = (projects) => ({ programmeId: 3, municipality: '2461011', year: 2024, periodFrom: 2022, periodTo: 2030, projects,
  totals: { projects: projects.length, recorded: 1, inTotals: 1, planned: '100000.00', actual: '80000.00', executionRatio: '0.8000' },
  bySource: [], illustrative: 1,
  indicators: [{ indicatorId: 12, code: 'M1', namePl: 'Powierzchnia zrewitalizowanych przestrzeni', nameEn: 'Area of revitalised spaces',
    unit: 'ha', kind: 'OUTPUT', baseline: { value: '1', year: 2022 }, target: { value: '5', year: 2030 }, achieved: { value: '3', year: 2024 },
    valueInYear: '3', degreeOfAchievement: '0.6000', status: 'ON_TRACK', source: 'test', illustrative: false },
  { indicatorId: 13, code: 'M2', namePl: 'Zadowolenie mieszkańców', nameEn: null, unit: '%', kind: 'RESULT', baseline: null, target: null,
    achieved: null, valueInYear: null, degreeOfAchievement: null, status: 'INSUFFICIENT_DATA', source: 'illustrative', illustrative: true }] })

let api
let projects
let posted
function serve(method, path, init) {
  if (path === '/api/v1/programmes/3') return answer(200, programme)
  if (path === '/api/v1/programmes/3/monitoring/2024') return answer(200, report(projects))
  if (path === '/api/v1/monitoring-records' && method === 'POST') {
    const body = JSON.parse(init.body)
    posted = body
    if (Number(body.progress) > 100) {
      return answer(400, { status: 400, errors: [{ field: 'progress', message: 'must be less than or equal to 100' }] })
    }
    projects = [square, { ...park, monitoring: 'RECORDED', recordId: 10, progress: body.progress, plannedTotal: body.funding[0].planned,
      actualTotal: body.funding[0].actual, executionRatio: '0.5000', funding: body.funding }]
    return answer(201, { id: 10, ...body, version: 0 })
  }
  if (path === '/api/v1/programmes/3/assessment-dossier') return answer(200, {})
  return answer(404, { status: 404, title: 'Not Found' })
}

beforeEach(() => {
  setLocale('pl')
  projects = [square, park]
  posted = null
  api = fakeApi(serve)
})
afterEach(() => { session.value = null; vi.unstubAllGlobals() })

async function renderView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/programmes/:id/monitoring', component: MonitoringView },
    { path: '/:any(.*)', component: { template: '<div/>' } }
  ] })
  router.push('/programmes/3/monitoring?year=2024')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
}

describe('MonitoringView', () => {
  it('shows each project\'s year with planned, actual and execution, "not recorded" where nothing is, and the indicators', async () => {
    await renderView()
    const table = (await screen.findByText('Rewitalizacja placu')).closest('table')
    const rows = within(table).getAllByRole('row')
    const first = within(rows[1])
    expect(first.getByText('40%')).toBeTruthy()
    expect(first.getByText(/^100\s000,00\szł$/)).toBeTruthy()
    expect(first.getByText(/^80\s000,00\szł$/)).toBeTruthy()
    expect(first.getByText('80%')).toBeTruthy()
    expect(first.getByText('dane ilustracyjne')).toBeTruthy()
    expect(within(rows[2]).getAllByText('nie odnotowano')).toHaveLength(4)
    const indicators = screen.getByText(/M1 Powierzchnia/).closest('table')
    expect(within(indicators).getByText('2024: 3')).toBeTruthy()
    expect(within(indicators).getByText('60%')).toBeTruthy()
    expect(within(indicators).getByText('na dobrej drodze')).toBeTruthy()
    expect(within(indicators).getByText('za mało danych')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Zapisz rok 2024/ })).toBeNull()
    expect(screen.getByRole('button', { name: 'Pobierz: PDF' })).toBeTruthy()
  })

  it('lets the city\'s editor record a year: the API\'s field error shows by the field, then the row shows the figures', async () => {
    session.value = { token: 't', expiresAt: Date.now() + 60_000, username: 'ola', role: 'EDITOR', municipality: '2461011' }
    const user = userEvent.setup()
    await renderView()
    await user.click(await screen.findByRole('button', { name: 'Zapisz rok 2024: Zielony dziedziniec' }))
    const form = screen.getByRole('form', { name: 'Monitorowanie 2024 r.: Zielony dziedziniec' })
    await user.type(within(form).getByLabelText(/^Postęp rzeczowy/), '120')
    await user.type(within(form).getByLabelText('Źródło finansowania'), 'Budżet gminy')
    await user.type(within(form).getByLabelText('Plan'), '20 000,00')
    await user.type(within(form).getByLabelText('Wykonanie'), '10 000,00')
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }))
    const progress = within(form).getByLabelText(/^Postęp rzeczowy/)
    await vi.waitFor(() => expect(progress.getAttribute('aria-invalid')).toBe('true'))
    expect(within(form).getByText('must be less than or equal to 100')).toBeTruthy()
    await user.clear(progress)
    await user.type(progress, '15')
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }))
    expect(await screen.findByText('Zapisano monitorowanie projektu.')).toBeTruthy()
    expect(posted).toEqual({ projectId: 18, year: 2024, progress: '15', note: null, source: null,
      funding: [{ source: 'Budżet gminy', planned: '20000.00', actual: '10000.00' }] })
    expect(screen.getByText('50%')).toBeTruthy()
  })

  it('offers the years of the programme\'s period, newest first', () => {
    expect(periodYears({ periodFrom: 2022, periodTo: 2030 }, 2026)).toEqual([2026, 2025, 2024, 2023, 2022])
    expect(periodYears({ periodFrom: 2014, periodTo: 2021 }, 2026)).toEqual([2021, 2020, 2019, 2018, 2017, 2016, 2015, 2014])
    expect(periodYears({ periodFrom: 2028, periodTo: 2030 }, 2026)).toEqual([2028])
  })
})
