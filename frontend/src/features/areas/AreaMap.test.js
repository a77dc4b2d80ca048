import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import AreaMap from './AreaMap.vue'
import { setLocale } from '../../i18n.js'

const square = (x, y) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.006], [x, y + 0.006], [x, y]]] })
const feature = (id, code, name, geometry, extra = {}) => ({
  type: 'Feature', id, geometry,
  properties: { code, name, kind: 'REVITALISATION', areaHa: null, population: null, populationDate: null, ...extra }
})
const collection = {
  type: 'FeatureCollection',
  features: [
    feature(12, 'S1', 'Śródmieście Bielsko', square(19.038, 49.82), { areaHa: 42.5, population: 5120, populationDate: '2021-12-31' }),
    feature(13, 'S2', 'Biała Śródmieście', square(19.05, 49.81), { areaHa: 31.2, population: 4300 }),
    feature(14, 'S3', 'Złote Łany', null)
  ]
}

// jsdom lays nothing out: give elements a size so Leaflet can place the shapes
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 })
})
afterAll(() => {
  delete HTMLElement.prototype.clientWidth
  delete HTMLElement.prototype.clientHeight
})

let fetchMock
beforeEach(() => {
  setLocale('pl')
  fetchMock = vi.fn(async () => ({ ok: true, status: 200, json: async () => collection }))
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

describe('AreaMap', () => {
  it('asks for the subareas of the programme as GeoJSON', async () => {
    render(AreaMap, { props: { programme: 2 } })
    await screen.findByRole('region', { name: 'Mapa podobszarów' })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toContain('/api/v1/areas?programme=2')
    expect(init.headers.Accept).toBe('application/geo+json')
  })

  it('makes every mapped subarea a Tab stop whose focus shows its figures', async () => {
    render(AreaMap, { props: { programme: 2 } })
    const map = await screen.findByRole('region', { name: 'Mapa podobszarów' })
    const shapes = await within(map).findAllByRole('button', { name: /obszar rewitalizacji/ })
    expect(shapes.map((s) => s.getAttribute('aria-label').replace(/\s/g, ' '))).toEqual([
      'S1 Śródmieście Bielsko (obszar rewitalizacji): 42,5 ha, mieszkańcy: 5120',
      'S2 Biała Śródmieście (obszar rewitalizacji): 31,2 ha, mieszkańcy: 4300'])

    const user = userEvent.setup()
    // Leaflet's own zoom buttons come first; tab on until the first subarea has the focus
    for (let i = 0; i < 6 && document.activeElement !== shapes[0]; i++) await user.tab()
    expect(document.activeElement).toBe(shapes[0])
    const figures = screen.getByRole('heading', { level: 3, name: 'S1 Śródmieście Bielsko' }).parentElement
    expect(figures.textContent.replace(/\s/g, ' ')).toMatch(/42,5 ha/)
    expect(figures.textContent.replace(/\s/g, ' ')).toMatch(/5120 \(31 gru 2021\)/)
  })

  it('names the shapes in the language of the interface', async () => {
    render(AreaMap, { props: { programme: 2 } })
    await screen.findAllByRole('button', { name: /obszar rewitalizacji/ })
    setLocale('en')
    expect(await screen.findByRole('button', { name: /^S1 Śródmieście Bielsko \(revitalisation area\): 42\.5 ha, residents: 5,120$/ })).toBeTruthy()
  })

  it('shows the figures on hover too', async () => {
    render(AreaMap, { props: { programme: 2 } })
    const shapes = await screen.findAllByRole('button', { name: /obszar rewitalizacji/ })
    await fireEvent.mouseOver(shapes[1])
    expect(await screen.findByRole('heading', { level: 3, name: 'S2 Biała Śródmieście' })).toBeTruthy()
  })

  it('lists every subarea in a table, saying which have no known boundary', async () => {
    render(AreaMap, { props: { programme: 2 } })
    const table = await screen.findByRole('table', { name: 'Podobszary' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    expect(within(rows[2]).getByRole('rowheader').textContent).toBe('Złote Łany')
    expect(rows[2].textContent).toContain('granica nieznana')
  })

  it('draws no map when no subarea has a boundary, and says so', async () => {
    fetchMock.mockImplementation(async () => ({ ok: true, status: 200,
      json: async () => ({ type: 'FeatureCollection', features: [collection.features[2]] }) }))
    render(AreaMap, { props: { programme: 2 } })
    expect(await screen.findByText(/Granice podobszarów nie są znane/)).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Mapa podobszarów' })).toBeNull()
  })
})
