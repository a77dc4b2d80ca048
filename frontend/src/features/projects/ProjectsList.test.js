import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProjectsList from './ProjectsList.vue'
import { setLocale } from '../../i18n.js'

const page = {
  items: [{ id: 7, title: 'Nowa Starówka – nowe możliwości', kind: 'BASIC', status: 'POST_COMPLETION',
    totalCost: '11347418.62', currency: 'PLN', sdgTargets: ['11.4', '11.7'] }],
  page: 0, size: 20, totalItems: 1, totalPages: 1
}

let fetchMock
beforeEach(() => {
  setLocale('pl')
  fetchMock = vi.fn(async () => ({ ok: true, status: 200, json: async () => page }))
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

async function renderAt(url) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/projects', component: ProjectsList },
    { path: '/projects/:id', component: { template: '<div/>' } }
  ] })
  router.push(url)
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
  return router
}

describe('ProjectsList', () => {
  it('reads the filters from the link and asks the API for them', async () => {
    await renderAt('/projects?q=starowka&status=POST_COMPLETION&sort=-totalCost')
    expect(await screen.findByRole('link', { name: /Nowa Starówka/ })).toBeTruthy()
    const url = fetchMock.mock.calls[0][0]
    expect(url).toContain('q=starowka')
    expect(url).toContain('status=POST_COMPLETION')
    expect(url).toContain('sort=-totalCost')
    expect(screen.getByRole('searchbox', { name: /Szukaj/ }).value).toBe('starowka')
    expect(screen.getByRole('combobox', { name: 'Status' }).value).toBe('POST_COMPLETION')
  })

  it('puts the filters the user chose into the URL, so the link can be shared', async () => {
    const router = await renderAt('/projects')
    await screen.findByRole('link', { name: /Nowa Starówka/ })
    const user = userEvent.setup()
    await user.type(screen.getByRole('searchbox', { name: /Szukaj/ }), 'kamienice')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rodzaj' }), 'BASIC')
    await user.click(screen.getByRole('button', { name: 'Filtruj' }))
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: 'kamienice', kind: 'BASIC' }))
    await vi.waitFor(() => expect(fetchMock.mock.calls.at(-1)[0]).toContain('q=kamienice'))
  })

  it('offers the list as CSV with the same filters', async () => {
    await renderAt('/projects?municipality=2461011&q=starowka&status=COMPLETION&sort=-totalCost&page=1')
    const link = await screen.findByRole('link', { name: /CSV/ })
    expect(link.getAttribute('href')).toBe('/api/v1/exports/projects.csv?q=starowka&status=COMPLETION&municipality=2461011')
    expect(link.hasAttribute('download')).toBe(true)
  })

  it('formats money for the language without float arithmetic', async () => {
    await renderAt('/projects')
    const cell = await screen.findByRole('cell', { name: /zł/ })
    expect(cell.textContent.replace(/\s/g, ' ')).toMatch(/11 347 418,62 zł/)
  })
})
