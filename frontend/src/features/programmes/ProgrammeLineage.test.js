import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/vue'
import ProgrammeLineage from './ProgrammeLineage.vue'

function respondWith(status, body) {
  vi.stubGlobal('fetch', vi.fn(async () => ({ ok: status < 400, status, json: async () => body })))
}

afterEach(() => vi.unstubAllGlobals())

describe('ProgrammeLineage', () => {
  it('lists programmes along their lineage, whatever order the API returns', async () => {
    respondWith(200, {
      items: [
        { id: 3, predecessorId: 2, shortName: 'GPR 2030', periodFrom: 2022, periodTo: 2030, legalBasis: 'GPR' },
        { id: 1, predecessorId: null, shortName: 'PROM 2007–2013', periodFrom: 2007, periodTo: 2013, legalBasis: 'PR' },
        { id: 2, predecessorId: 1, shortName: 'PROM 2014–2021', periodFrom: 2014, periodTo: 2021, legalBasis: 'PR' }
      ]
    })
    render(ProgrammeLineage, { props: { municipality: '2461011' } })
    const items = await screen.findAllByRole('listitem')
    expect(items.map((li) => li.textContent.trim().split(' (')[0])).toEqual(['PROM 2007–2013', 'PROM 2014–2021', 'GPR 2030'])
  })

  it('says so when the API fails', async () => {
    respondWith(500, { title: 'Internal error', detail: 'boom' })
    render(ProgrammeLineage, { props: { municipality: '2461011' } })
    expect((await screen.findByRole('alert')).textContent).toContain('boom')
  })
})
