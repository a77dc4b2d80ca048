import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import ConsultationList from './ConsultationList.vue'
import { setLocale } from '../../i18n.js'
import { session } from '../../session/session.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const bielsko = { id: 7, programmeId: 3, municipality: '2461011', subject: null, startDate: '2022-06-14', endDate: '2022-07-20',
  days: 37, announcementDate: null, forms: [], summaryPublishedOn: null, summaryUrl: null,
  source: 'bielsko-biala.pl, rewitalizacja miasta', comments: [], version: 0 }
const page = (items) => ({ items, page: 0, size: 200, totalItems: items.length, totalPages: 1 })
const check = (id, subject, result, explanationPl) => ({ id, article: id.endsWith('FORMS') ? 'art. 6 ust. 4' : 'art. 6 ust. 5',
  subject: String(subject), result, missing: [], explanationPl, explanationEn: explanationPl })

let api
let stored
let checks
function serve(method, path, init) {
  if (path === '/api/v1/programmes/3/compliance') return answer(200, { checks })
  if (path === '/api/v1/consultations' && method === 'POST') {
    const body = JSON.parse(init.body)
    if (body.endDate && body.endDate < body.startDate) {
      return answer(400, { status: 400, errors: [{ field: 'endDate', message: 'must not be before startDate 2024-03-01' }] })
    }
    const created = { ...body, id: 9, municipality: '2461011', days: 20, version: 0 }
    stored = [...stored, created]
    checks = [...checks, check('ART_6_CONSULTATION_DURATION', 9, 'FAIL', 'Uwagi zbierano tylko 20 dni — brakuje 15.')]
    return answer(201, created)
  }
  if (path === '/api/v1/consultations') return answer(200, page(stored))
  return answer(404, { status: 404, title: 'Not Found' })
}

beforeEach(() => {
  setLocale('pl')
  stored = [bielsko]
  checks = [check('ART_6_CONSULTATION_DURATION', 7, 'PASS', 'Uwagi zbierano 37 dni — warunek spełniony.'),
    check('ART_6_CONSULTATION_FORMS', 7, 'UNKNOWN', 'Nie odnotowano form konsultacji.')]
  api = fakeApi(serve)
})
afterEach(() => { session.value = null; vi.unstubAllGlobals() })

const renderList = () => render(ConsultationList, { props: { programmeId: '3', municipality: '2461011' } })
const signInAsEditor = () => {
  session.value = { token: 't', expiresAt: Date.now() + 60_000, username: 'ola', role: 'EDITOR', municipality: '2461011' }
}

describe('ConsultationList', () => {
  it('shows a consultation with its dates, unknown forms and the verdicts of art. 6; no form for residents', async () => {
    renderList()
    const item = (await screen.findByRole('heading', { name: /Konsultacje 14\.06\.2022 – 20\.07\.2022|Konsultacje 14 cze/ })).closest('li')
    expect(within(item).getByText('37')).toBeTruthy()
    expect(within(item).getAllByText('nie zapisano').length).toBeGreaterThan(0)
    const verdicts = await within(item).findByRole('list', { name: 'Ocena zgodności konsultacji z art. 6' })
    expect(within(verdicts).getByText(/art\. 6 ust\. 5: spełnione/)).toBeTruthy()
    expect(within(verdicts).getByText(/art\. 6 ust\. 4: nierozstrzygnięte/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Dodaj konsultacje' })).toBeNull()
  })

  it('lets an editor record one: a field error shows next to its field, then the saved one shows its FAIL verdict', async () => {
    signInAsEditor()
    const user = userEvent.setup()
    renderList()
    await user.click(await screen.findByRole('button', { name: 'Dodaj konsultacje' }))
    const form = screen.getByRole('form', { name: 'Dodaj konsultacje' })
    await user.type(within(form).getByLabelText('Przedmiot konsultacji'), 'Projekt GPR')
    await user.type(within(form).getByLabelText('Data rozpoczęcia'), '2024-03-01')
    await user.type(within(form).getByLabelText(/^Data zakończenia/), '2024-02-01')
    await user.click(within(form).getByLabelText('uwagi w postaci elektronicznej'))
    await user.click(within(form).getByLabelText('spotkania'))
    await user.click(within(form).getByRole('button', { name: 'Dodaj uwagę' }))
    await user.type(within(form).getByLabelText(/^Treść uwagi/), 'Więcej zieleni.')
    await user.selectOptions(within(form).getByLabelText('Czy uwzględniono'), 'PARTLY_ACCEPTED')
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }))

    const end = within(form).getByLabelText(/^Data zakończenia/)
    expect(await within(form).findByText(/must not be before startDate/)).toBeTruthy()
    expect(end.getAttribute('aria-invalid')).toBe('true')
    const sent = api.requests().find((r) => r.method === 'POST').body
    expect(sent.forms).toEqual(['ELECTRONIC_COMMENTS', 'MEETING'])
    expect(sent.comments).toEqual([{ author: null, content: 'Więcej zieleni.', response: null, outcome: 'PARTLY_ACCEPTED' }])

    await user.clear(end)
    await user.type(end, '2024-03-20')
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }))
    expect(await screen.findByText('Zapisano konsultacje.')).toBeTruthy()
    const saved = (await screen.findByText('Projekt GPR')).closest('li')
    expect(await within(saved).findByText(/art\. 6 ust\. 5: niespełnione/)).toBeTruthy()
    expect(within(saved).getByText('uwagi w postaci elektronicznej, spotkania')).toBeTruthy()
  })
})
