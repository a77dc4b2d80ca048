import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import IndicatorView from './IndicatorView.vue'
import { createChart } from '../../components/charts.js'
import { setLocale } from '../../i18n.js'

// jsdom has no canvas: the chart is checked by what the view asks Chart.js to draw
vi.mock('../../components/charts.js', () => ({ createChart: vi.fn(() => ({ destroy: vi.fn() })) }))

let indicator
const w2 = {
  id: 4, code: 'W2', namePl: 'Liczba mieszkańców', nameEn: 'Residents', unit: 'os.',
  baseline: { value: '100', year: 2015 }, target: { value: '140', year: 2021 }, sdgTarget: '11.3',
  progress: { status: 'LIMITED_PROGRESS', explanationPl: 'CAGR za niski', explanationEn: 'CAGR too low' }
}
const observations = { items: [
  { id: 1, period: 2016, value: '104', source: 'GUS' },
  { id: 2, period: 2018, value: '110.5', source: 'illustrative' }
] }

beforeEach(() => {
  setLocale('pl')
  indicator = w2
  vi.stubGlobal('fetch', vi.fn(async (url) => ({ ok: true, status: 200,
    json: async () => (url.includes('/observations') ? observations : indicator) })))
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.mocked(createChart).mockClear()
})

async function renderIndicator() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/indicators/:id', component: IndicatorView }] })
  router.push('/indicators/4')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
}

describe('IndicatorView', () => {
  it('draws the series with the baseline and the target as lines, under a label naming the indicator', async () => {
    await renderIndicator()
    const chart = await screen.findByRole('img', { name: /Wykres liniowy: W2 Liczba mieszkańców/ })
    expect(chart.tagName).toBe('CANVAS')
    await vi.waitFor(() => expect(createChart).toHaveBeenCalled())
    const config = vi.mocked(createChart).mock.calls.at(-1)[1]
    const [values, baseline, target] = config.data.datasets
    expect(values.data).toEqual([{ x: 2016, y: 104 }, { x: 2018, y: 110.5 }])
    expect(baseline.label).toBe('Wartość bazowa: 100')
    expect(baseline.data).toEqual([{ x: 2015, y: 100 }, { x: 2021, y: 100 }])
    expect(target.label).toBe('Wartość docelowa: 140')
    expect(target.data.map((p) => p.y)).toEqual([140, 140])
  })

  it('gives the same figures in a table', async () => {
    await renderIndicator()
    const table = await screen.findByRole('table', { name: 'Wartości wskaźnika w latach' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('2016'), expect.stringContaining('110,5')])
  })

  it('says what kind of indicator it is, how it maps to SDG 11, where it comes from and how far the output got', async () => {
    indicator = { ...w2, level: 'OUTPUT', sdgRelation: 'PROXY', sdgIndicator: null, source: 'mapadotacji.gov.pl; roczne: illustrative',
      progress: { ...w2.progress, degreeOfAchievement: '0.7500' } }
    await renderIndicator()
    expect(await screen.findByText('wskaźnik produktu')).toBeTruthy()
    expect(screen.getByText('11.3 (wskaźnik lokalny jako przybliżenie celu, nie wskaźnik ONZ)')).toBeTruthy()
    expect(screen.getByText(/Źródło: mapadotacji.gov.pl/).textContent).toContain('dane ilustracyjne, nie oficjalne')
    expect(screen.getByText('Stopień osiągnięcia wartości docelowej: 75%')).toBeTruthy()
  })

  it('gives a context indicator no status and says why', async () => {
    indicator = { ...w2, level: 'CONTEXT', direction: null, progress: null, sdgRelation: 'UN_INDICATOR', sdgIndicator: '11.6.2', source: 'GIOŚ' }
    await renderIndicator()
    expect(await screen.findByText(/nie ma kierunku normatywnego ani statusu postępu/)).toBeTruthy()
    expect(screen.getByText('11.6.2 (wskaźnik ONZ)')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: /Postęp/ })).toBeNull()
    expect(screen.getByText(/Źródło: GIOŚ/).textContent).not.toContain('ilustracyjne')
  })
})
