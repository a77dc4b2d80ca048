import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import DueList from './DueList.vue'
import { setLocale } from '../../i18n.js'

const list = { municipality: '2461011', programmeId: null, asOf: '2026-12-07', until: '2027-12-07', soonDays: 90,
  summary: { overdue: 1, dueSoon: 0, upcoming: 0, unknown: 1 },
  duties: [
    { code: 'ART_22_ASSESSMENT', article: 'art. 22 ust. 1', programmeId: 3, programmeName: 'Gminny Program Rewitalizacji',
      programmeShortName: 'GPR 2030', dueDate: '2026-03-01', status: 'OVERDUE', daysLeft: -281, page: '/programmes/3/procedure',
      explanationPl: 'Program uchwalono 2023-03-01; pierwsza ocena najpóźniej 2026-03-01.', explanationEn: 'Adopted on 2023-03-01.' },
    { code: 'ART_7_COMMITTEE_RULES', article: 'art. 7 ust. 3', programmeId: 3, programmeName: 'Gminny Program Rewitalizacji',
      programmeShortName: 'GPR 2030', dueDate: null, status: 'UNKNOWN', daysLeft: null, page: '/programmes/3/procedure',
      explanationPl: 'Nie odnotowano daty uchwalenia programu.', explanationEn: 'The adoption date is not recorded.' }
  ] }
let urls

beforeEach(() => {
  setLocale('pl')
  urls = []
  vi.stubGlobal('fetch', vi.fn(async (url) => { urls.push(String(url)); return { ok: true, status: 200, json: async () => list } }))
})
afterEach(() => vi.unstubAllGlobals())

describe('DueList', () => {
  it('lists the duties with their status in words, date, article, explanation, link to the procedure and the calendar', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div/>' } }] })
    render(DueList, { props: { municipality: '2461011' }, global: { plugins: [router] } })
    await screen.findByText('Po terminie')
    expect(urls[0]).toContain('/api/v1/municipalities/2461011/due')
    expect(screen.getByText('Po terminie: 1, wkrótce: 0, później: 0, nie wiadomo: 1.')).toBeTruthy()
    const items = screen.getAllByRole('listitem')
    expect(items[0].textContent).toContain('1 mar 2026')
    expect(items[0].textContent).toContain('ocena programu (art. 22 ust. 1)')
    expect(items[1].textContent).toContain('Nie wiadomo (brak danych)')
    expect(items[1].textContent).toContain('Nie odnotowano daty uchwalenia programu.')
    expect(screen.getAllByRole('link', { name: 'procedura: GPR 2030' })[0].getAttribute('href')).toBe('/programmes/3/procedure')
    expect(screen.getByRole('link', { name: /Subskrybuj terminy/ }).getAttribute('href'))
      .toMatch(/\/api\/v1\/municipalities\/2461011\/due\.ics\?lang=pl$/)
  })

  it('names the consultation-summary duty, one per consultation', async () => {
    const summary = (id, dueDate, status) => ({ code: 'ART_6_CONSULTATION_SUMMARY', article: 'art. 6', programmeId: 3,
      programmeName: 'Gminny Program Rewitalizacji', programmeShortName: 'GPR 2030', dueDate, status, daysLeft: 0,
      computedFrom: [{ type: 'consultation', id, label: 'Projekt GPR', date: '2024-04-04' }], missing: [], page: '/programmes/3/procedure',
      explanationPl: `Konsultacje nr ${id}: termin ${dueDate}.`, explanationEn: `Consultation ${id}: due by ${dueDate}.` })
    list.duties = [summary(7, '2024-05-04', 'OVERDUE'), summary(8, '2024-07-10', 'DUE_SOON')]
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div/>' } }] })
    render(DueList, { props: { programme: 3 }, global: { plugins: [router] } })
    await screen.findByText('Konsultacje nr 7: termin 2024-05-04.')
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0].textContent).toContain('publikacja podsumowania konsultacji (art. 6)')
    expect(items[1].textContent).toContain('Wkrótce')
    expect(items[1].textContent).toContain('Konsultacje nr 8: termin 2024-07-10.')
  })
})
