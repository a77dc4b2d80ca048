import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProjectView from './ProjectView.vue'
import { createChart } from '../../components/charts.js'
import { setLocale } from '../../i18n.js'
import { session } from '../../session/session.js'

vi.mock('../../components/charts.js', () => ({ createChart: vi.fn(() => ({ destroy: vi.fn() })) }))

const project = {
  id: 7, title: 'Nowa Starówka', kind: 'BASIC', status: 'COMPLETION', totalCost: '11347418.62', currency: 'PLN',
  implementingEntities: ['Gmina Bielsko-Biała'], sdgTargets: ['11.4'],
  fundingSources: [
    { source: 'Unia Europejska', fund: 'EFRR', measure: null, instrument: 'GRANT', amount: '6380223.26' },
    { source: 'Gmina', fund: null, measure: null, instrument: 'OWN', amount: '4967195.36' }
  ]
}

beforeEach(() => {
  setLocale('pl')
  vi.stubGlobal('fetch', vi.fn(async () => ({ ok: true, status: 200, json: async () => project })))
})
afterEach(() => {
  vi.unstubAllGlobals()
  session.value = null
})

async function renderProject() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/projects/:id', component: ProjectView }] })
  router.push('/projects/7')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
  return screen.findByRole('heading', { level: 1 })
}

const signedInAs = (role, municipality) => ({ token: 't', expiresAt: Date.now() + 60_000, username: 'u', role, municipality })

describe('ProjectView', () => {
  it('offers "Edit" to editors of the project\'s municipality and to the superadmin only, and marks a draft', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ ok: true, status: 200, json: async () => ({ ...project, municipality: '2461011', published: false }) })))
    for (const [who, expected] of [[null, false], [signedInAs('VIEWER', '2461011'), false], [signedInAs('EDITOR', '1261011'), false],
      [signedInAs('EDITOR', '2461011'), true], [signedInAs('ADMIN', '2461011'), true], [signedInAs('SUPERADMIN', null), true]]) {
      session.value = who
      const heading = await renderProject()
      expect(heading.textContent).toContain('szkic')
      expect(Boolean(screen.queryByRole('link', { name: 'Edytuj projekt' }))).toBe(expected)
      document.body.innerHTML = ''
    }
  })

  it('charts the funding mix, one bar per source, and lists the same amounts in a table', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/projects/:id', component: ProjectView }] })
    router.push('/projects/7')
    await router.isReady()
    render({ template: '<RouterView />' }, { global: { plugins: [router] } })

    expect(await screen.findByRole('img', { name: /Wykres słupkowy: kwoty źródeł finansowania/ })).toBeTruthy()
    await vi.waitFor(() => expect(createChart).toHaveBeenCalled())
    const config = vi.mocked(createChart).mock.calls.at(-1)[1]
    expect(config.data.labels).toEqual([['Unia Europejska (EFRR)'], ['Gmina']])
    expect(config.options.scales.x.ticks.callback(7000000).replace(/\s/g, ' ')).toBe('7 mln zł')
    expect(config.data.datasets[0].data).toEqual([6380223.26, 4967195.36])

    const table = screen.getByRole('table', { name: 'Źródła finansowania' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows[0].textContent.replace(/\s/g, ' ')).toMatch(/dotacja.*6 380 223,26 zł/)
    expect(rows[1].textContent).toContain('środki własne')
  })
})
