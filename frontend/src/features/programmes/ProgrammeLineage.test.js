import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProgrammeLineage from './ProgrammeLineage.vue'
import { setLocale } from '../../i18n.js'

function respondWith(status, body) {
  vi.stubGlobal('fetch', vi.fn(async () => ({ ok: status < 400, status, json: async () => body })))
}

function renderLineage() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)', component: { template: '<div/>' } }] })
  return render(ProgrammeLineage, { props: { municipality: '2461011' }, global: { plugins: [router] } })
}

afterEach(() => vi.unstubAllGlobals())

describe('ProgrammeLineage', () => {
  it('lists programmes along their lineage, whatever order the API returns, each linking to its page', async () => {
    setLocale('pl')
    respondWith(200, {
      items: [
        { id: 3, predecessorId: 2, shortName: 'GPR 2030', periodFrom: 2022, periodTo: 2030, legalBasis: 'GPR', status: 'DRAFT' },
        { id: 1, predecessorId: null, shortName: 'PROM 2007–2013', periodFrom: 2007, periodTo: 2013, legalBasis: 'PR', status: 'COMPLETED' },
        { id: 2, predecessorId: 1, shortName: 'PROM 2014–2021', periodFrom: 2014, periodTo: 2021, legalBasis: 'PR', status: 'COMPLETED' }
      ]
    })
    renderLineage()
    const links = await screen.findAllByRole('link')
    expect(links.map((a) => a.textContent)).toEqual(['PROM 2007–2013', 'PROM 2014–2021', 'GPR 2030'])
    expect(links[2].getAttribute('href')).toBe('/programmes/3')
    expect(screen.getAllByRole('listitem')[2].textContent).toContain('w przygotowaniu')
  })

  it('says so when the API fails, and offers to retry', async () => {
    respondWith(500, { title: 'Internal error', detail: 'boom' })
    renderLineage()
    expect((await screen.findByRole('alert')).textContent).toContain('boom')
    expect(screen.getByRole('button', { name: /ponownie|again/ })).toBeTruthy()
  })
})
