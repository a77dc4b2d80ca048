import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import CommitteeSection from './CommitteeSection.vue'
import { setLocale } from '../../i18n.js'
import { session } from '../../session/session.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const assessment = { id: 12, kind: 'ASSESSMENT', date: '2025-09-30' }
const page = (items) => ({ items, page: 0, size: 1, totalItems: items.length, totalPages: 1 })
let api
let stored
function serve(method, path, init) {
  const body = init.body ? JSON.parse(init.body) : null
  if (path === '/api/v1/committees' && method === 'GET') return answer(200, page(stored ? [stored] : []))
  if (path === '/api/v1/committees' && method === 'POST') {
    const m = body.members[0]
    if (m.endDate && m.startDate && m.endDate < m.startDate) {
      return answer(400, { status: 400, errors: [{ field: 'members[0].endDate', message: 'must not be before startDate 2024-01-01' }] })
    }
    stored = { ...body, id: 2, municipality: '2461011', version: 0 }
    return answer(201, stored, { ETag: '"0"' })
  }
  if (path === '/api/v1/committees/2' && method === 'GET') return answer(200, stored, { ETag: `"${stored.version}"` })
  if (path === '/api/v1/committees/2' && method === 'PUT') {
    stored = { ...body, id: 2, municipality: '2461011', version: stored.version + 1 }
    return answer(200, stored, { ETag: `"${stored.version}"` })
  }
  return answer(404, { status: 404, title: 'Not Found' })
}

beforeEach(() => {
  setLocale('pl')
  stored = null
  api = fakeApi(serve)
})
afterEach(() => { session.value = null; vi.unstubAllGlobals() })

const renderSection = () => render(CommitteeSection, { props: { programmeId: '3', municipality: '2461011', steps: [assessment] } })
const signInAsEditor = () => {
  session.value = { token: 't', expiresAt: Date.now() + 60_000, username: 'ola', role: 'EDITOR', municipality: '2461011' }
}

describe('CommitteeSection', () => {
  it('shows members, meetings and opinions with the step they are on; no forms for residents', async () => {
    stored = { id: 2, programmeId: 3, municipality: '2461011', name: 'Komitet Rewitalizacji', version: 0,
      members: [{ name: 'Anna Nowak', represents: 'RESIDENTS', organisation: null, startDate: '2023-06-01', endDate: null }],
      meetings: [{ date: '2023-09-12', agenda: 'Wybór przewodniczącego', minutesReference: 'Protokół nr 1/2023', minutesUrl: null }],
      opinions: [{ date: '2025-10-15', subject: 'Ocena GPR', procedureStepId: 12, stance: 'WITH_REMARKS', text: null, documentUrl: null }] }
    renderSection()
    expect(await screen.findByText('Anna Nowak')).toBeTruthy()
    expect(screen.getByText(/mieszkańcy/).textContent).toContain('nadal')
    expect(screen.getByText(/Wybór przewodniczącego/).textContent).toContain('Protokół nr 1/2023')
    expect(screen.getByText(/Ocena GPR/).closest('li').textContent).toContain('z uwagami')
    expect(screen.getByText(/Dotyczy kroku procedury/).textContent).toContain('Ocena aktualności i stopnia realizacji GPR')
    expect(screen.queryByRole('button', { name: 'Dodaj członka Komitetu' })).toBeNull()
  })

  it('lets an editor record a member (a field error shows next to its field) and then an opinion on the assessment', async () => {
    signInAsEditor()
    const user = userEvent.setup()
    renderSection()
    expect(await screen.findByText('Nie zapisano Komitetu Rewitalizacji tego programu.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Dodaj członka Komitetu' }))
    const form = screen.getByRole('form', { name: 'Dodaj członka Komitetu' })
    await user.type(within(form).getByLabelText(/^Imię i nazwisko/), 'Anna Nowak')
    await user.selectOptions(within(form).getByLabelText(/^Kogo reprezentuje/), 'NGOS')
    await user.type(within(form).getByLabelText('Członek od'), '2024-01-01')
    const end = within(form).getByLabelText('Członek do')
    await user.type(end, '2023-12-31')
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }))
    expect(await within(form).findByText(/must not be before startDate/)).toBeTruthy()
    expect(end.getAttribute('aria-invalid')).toBe('true')

    await user.clear(end)
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }))
    expect(await screen.findByText('Zapisano członka Komitetu.')).toBeTruthy()
    expect((await screen.findByText('Anna Nowak')).closest('li').textContent).toContain('organizacje pozarządowe')
    const created = api.requests().filter((r) => r.method === 'POST').at(-1).body
    expect(created.members).toEqual([{ name: 'Anna Nowak', represents: 'NGOS', organisation: null, startDate: '2024-01-01', endDate: null }])

    await user.click(screen.getByRole('button', { name: 'Dodaj opinię Komitetu' }))
    const opinion = screen.getByRole('form', { name: 'Dodaj opinię Komitetu' })
    await user.type(within(opinion).getByLabelText(/^Przedmiot opinii/), 'Ocena GPR')
    await user.selectOptions(within(opinion).getByLabelText('Krok procedury, którego dotyczy'), '12')
    await user.selectOptions(within(opinion).getByLabelText('Stanowisko'), 'POSITIVE')
    await user.click(within(opinion).getByRole('button', { name: 'Zapisz' }))
    expect(await screen.findByText('Zapisano opinię Komitetu.')).toBeTruthy()
    const put = api.requests().find((r) => r.method === 'PUT')
    expect(put.headers['If-Match'] ?? put.headers['if-match']).toBe('"0"')
    expect(put.body.members).toHaveLength(1)
    expect(put.body.opinions).toEqual([{ date: null, subject: 'Ocena GPR', procedureStepId: 12, stance: 'POSITIVE', text: null, documentUrl: null }])

    await user.click(await screen.findByRole('button', { name: 'Usuń: Anna Nowak' }))
    expect(await screen.findByText('Usunięto: Anna Nowak.')).toBeTruthy()
    const removal = api.requests().filter((r) => r.method === 'PUT').at(-1)
    expect(removal.headers['If-Match'] ?? removal.headers['if-match']).toBe('"1"')
    expect(removal.body.members).toEqual([])
    expect(removal.body.opinions).toHaveLength(1)
    expect(removal.body.id).toBeUndefined()
  })
})
