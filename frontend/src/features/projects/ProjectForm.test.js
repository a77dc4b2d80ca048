import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProjectForm from './ProjectForm.vue'
import { setLocale } from '../../i18n.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const project = (version, changes = {}) => ({
  id: 7, programmeId: 2, municipality: '2461011', kind: 'BASIC', status: 'IMPLEMENTATION', title: 'Nowa Starówka',
  description: 'Rynek', plannedStart: '2005-01-01', plannedEnd: '2006-12-31', actualStart: null, actualEnd: null,
  currency: 'PLN', totalCost: '1000.00', eligibleCost: '800.00', published: true, version,
  fundingSources: [
    { source: 'Unia Europejska', fund: 'EFRR', measure: null, instrument: 'GRANT', amount: '600.00' },
    { source: 'Gmina', fund: null, measure: null, instrument: 'OWN', amount: '200.00' }
  ],
  ...changes
})

async function renderForm(path = '/projects/7/edit') {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/projects/:id/edit', component: ProjectForm },
    { path: '/projects/new', component: ProjectForm },
    { path: '/:other(.*)', component: { template: '<h1>elsewhere</h1>' } }
  ] })
  router.push(path)
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
  await screen.findByRole('heading', { level: 1, name: /Edycja projektu|Nowy projekt/ })
  return router
}

let user
beforeEach(() => {
  setLocale('pl')
  user = userEvent.setup()
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('ProjectForm', () => {
  it('loads the project into labelled fields, formats money for the language, and sends only the changes with If-Match', async () => {
    const api = fakeApi((method) => (method === 'GET'
      ? answer(200, project(3), { ETag: '"3"' })
      : answer(200, project(4, { title: 'Nowa Starówka II' }), { ETag: '"4"' })))
    const router = await renderForm()
    expect(screen.getByLabelText(/^Tytuł/).value).toBe('Nowa Starówka')
    expect(screen.getByLabelText('Koszt całkowity').getAttribute('aria-describedby')).toBe('field-totalCost-hint')
    expect(document.getElementById('field-totalCost-hint').textContent.replace(/\s/g, ' ')).toBe('Odczytano: 1000,00 zł') // Polish groups digits from 5 up

    await user.clear(screen.getByLabelText(/^Tytuł/))
    await user.type(screen.getByLabelText(/^Tytuł/), 'Nowa Starówka II')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))

    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/projects/7'))
    const patch = api.requests().at(-1)
    expect(patch).toMatchObject({ method: 'PATCH', path: '/api/v1/projects/7', body: { title: 'Nowa Starówka II' } })
    expect(patch.headers['If-Match']).toBe('"3"')
    expect(patch.headers['Content-Type']).toBe('application/merge-patch+json')
  })

  it('shows each field error of the API next to its field, and a summary linking to the fields', async () => {
    fakeApi((method) => (method === 'GET' ? answer(200, project(3), { ETag: '"3"' }) : answer(400, {
      status: 400, title: 'Invalid request', errors: [
        { field: 'eligibleCost', message: 'must not exceed totalCost (1000.00)' },
        { field: 'fundingSources[1].amount', message: 'must match "^[0-9]{1,14}(\\.[0-9]{1,2})?$"' }
      ]
    })))
    await renderForm()
    await user.clear(screen.getByLabelText('Koszty kwalifikowalne'))
    await user.type(screen.getByLabelText('Koszty kwalifikowalne'), '1200')
    const secondSource = screen.getByRole('group', { name: 'Źródło finansowania 2' })
    await user.clear(within(secondSource).getByLabelText(/^Kwota/))
    await user.type(within(secondSource).getByLabelText(/^Kwota/), '12,345')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('heading').textContent).toBe('Nie zapisano: popraw błędy (2)')
    const eligible = screen.getByLabelText('Koszty kwalifikowalne')
    expect(eligible.getAttribute('aria-invalid')).toBe('true')
    const describedBy = eligible.getAttribute('aria-describedby').split(' ')
    expect(describedBy.map((id) => document.getElementById(id).textContent).join(' ')).toContain('must not exceed totalCost (1000.00)')
    const amount = within(secondSource).getByLabelText(/^Kwota/)
    expect(amount.getAttribute('aria-invalid')).toBe('true')
    expect(within(summary).getByRole('link', { name: /^Źródło finansowania 2: Kwota: must match/ })).toBeTruthy()
    // the other fields stay valid
    expect(screen.getByLabelText('Koszt całkowity').getAttribute('aria-invalid')).toBeNull()

    await user.click(within(summary).getByRole('link', { name: /^Koszty kwalifikowalne: must not exceed/ }))
    expect(document.activeElement).toBe(eligible)
  })

  it('adds and removes funding sources', async () => {
    const api = fakeApi((method) => (method === 'GET' ? answer(200, project(3), { ETag: '"3"' }) : answer(200, project(4), { ETag: '"4"' })))
    await renderForm()
    await user.click(screen.getByRole('button', { name: 'Usuń źródło finansowania 1' }))
    await user.click(screen.getByRole('button', { name: 'Dodaj źródło finansowania' }))
    const added = screen.getByRole('group', { name: 'Źródło finansowania 2' })
    await user.type(within(added).getByLabelText(/^Źródło/), 'WFOŚiGW')
    await user.selectOptions(within(added).getByLabelText('Instrument'), 'LOAN')
    await user.type(within(added).getByLabelText(/^Kwota/), '150,50')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(api.requests().at(-1).method).toBe('PATCH'))
    expect(api.requests().at(-1).body).toEqual({ fundingSources: [
      { source: 'Gmina', fund: null, measure: null, instrument: 'OWN', amount: '200.00' },
      { source: 'WFOŚiGW', fund: null, measure: null, instrument: 'LOAN', amount: '150.50' }
    ] })
  })

  it('on 412 re-applies the user\'s changes on top of the version saved in between, then saves with the new ETag', async () => {
    let current = project(3)
    const api = fakeApi((method, path, init) => {
      if (method === 'GET') return answer(200, current, { ETag: `"${current.version}"` })
      if (init.headers['If-Match'] !== `"${current.version}"`) {
        return answer(412, { status: 412, title: 'Precondition failed', errors: [{ field: 'If-Match', message: 'stale' }] })
      }
      current = { ...current, ...JSON.parse(init.body), version: current.version + 1 }
      return answer(200, current, { ETag: `"${current.version}"` })
    })
    const router = await renderForm()
    await user.clear(screen.getByLabelText(/^Tytuł/))
    await user.type(screen.getByLabelText(/^Tytuł/), 'Mój tytuł')
    current = project(4, { status: 'COMPLETION', description: 'Zmienione przez kogoś innego' }) // someone else saves

    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    const conflict = await screen.findByRole('alert')
    expect(within(conflict).getByRole('heading').textContent).toBe('Ktoś inny zapisał zmiany w międzyczasie')
    expect(document.activeElement).toBe(conflict)
    // what the version saved in between changed, field by field, next to the user's value
    const changes = await within(conflict).findByRole('table', { name: 'Co zmieniono na serwerze' })
    const rows = within(changes).getAllByRole('row').slice(1).map((row) => row.textContent)
    expect(rows).toHaveLength(2)
    expect(rows.some((row) => row.includes('Opis') && row.includes('Zmienione przez kogoś innego') && row.includes('(bez moich zmian)'))).toBe(true)
    // a code by its name in the language shown, not as the API spells it
    expect(rows.some((row) => row.includes('Status') && row.includes('zakończony'))).toBe(true)
    expect(rows.some((row) => row.includes('COMPLETION'))).toBe(false)

    await user.click(within(conflict).getByRole('button', { name: 'Nanieś moje zmiany na bieżącą wersję' }))
    // the form stays open for review: the fresh version with the user's title on top
    await vi.waitFor(() => expect(screen.getByLabelText(/^Status/).value).toBe('COMPLETION'))
    expect(screen.getByLabelText(/^Tytuł/).value).toBe('Mój tytuł')
    expect(screen.getByLabelText('Opis').value).toBe('Zmienione przez kogoś innego')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(router.currentRoute.value.path).toBe('/projects/7/edit')

    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/projects/7'))
    const saved = api.requests().at(-1)
    expect(saved.headers['If-Match']).toBe('"4"')
    expect(saved.body).toEqual({ title: 'Mój tytuł' })
    expect(current).toMatchObject({ title: 'Mój tytuł', status: 'COMPLETION', version: 5 })
  })

  it('on 412 can instead reload the current version, dropping the user\'s changes', async () => {
    let current = project(3)
    fakeApi((method) => (method === 'GET' ? answer(200, current, { ETag: `"${current.version}"` }) : answer(412, { status: 412 })))
    await renderForm()
    await user.type(screen.getByLabelText(/^Tytuł/), ' (zmiana)')
    current = project(4, { title: 'Tytuł kogoś innego' })
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await user.click(await screen.findByRole('button', { name: 'Wczytaj bieżącą wersję (porzuć moje zmiany)' }))
    await vi.waitFor(() => expect(screen.getByLabelText(/^Tytuł/).value).toBe('Tytuł kogoś innego'))
  })

  it('asks before leaving with unsaved changes, and keeps the form when the user says no', async () => {
    fakeApi(() => answer(200, project(3), { ETag: '"3"' }))
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false)
    const router = await renderForm()

    // nothing changed yet: leaving needs no question
    const unchanged = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(unchanged)
    expect(unchanged.defaultPrevented).toBe(false)

    await user.type(screen.getByLabelText(/^Tytuł/), '!')
    await user.click(screen.getByRole('link', { name: 'Anuluj' }))
    expect(confirm).toHaveBeenCalledWith('Masz niezapisane zmiany. Opuścić formularz i je porzucić?')
    expect(router.currentRoute.value.path).toBe('/projects/7/edit')
    expect(screen.getByLabelText(/^Tytuł/).value).toBe('Nowa Starówka!')

    const reload = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(reload)
    expect(reload.defaultPrevented).toBe(true)

    confirm.mockReturnValue(true)
    await user.click(screen.getByRole('link', { name: 'Anuluj' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/projects/7'))
  })

  it('keeps the edits when the session ends and brings them back after signing in again', async () => {
    fakeApi(() => answer(200, project(3), { ETag: '"3"' }))
    const router = await renderForm()
    await user.type(screen.getByLabelText(/^Tytuł/), ' (szkic)')
    await router.push({ path: '/sign-in', query: { redirect: '/projects/7/edit', expired: '1' } })
    await router.push('/projects/7/edit')
    expect(await screen.findByText(/Przywrócono niezapisane zmiany/)).toBeTruthy()
    expect(screen.getByLabelText(/^Tytuł/).value).toBe('Nowa Starówka (szkic)')
  })

  it('creates a project in a programme with POST and opens it (its kind not recorded until chosen)', async () => {
    const api = fakeApi((method) => (method === 'POST' ? answer(201, project(0, { id: 99 }), { ETag: '"0"' }) : answer(404, null)))
    const router = await renderForm('/projects/new?programme=2')
    await user.type(screen.getByLabelText(/^Tytuł/), 'Park')
    await user.type(screen.getByLabelText('Koszt całkowity'), '500')
    expect(screen.getByRole('option', { name: 'rodzaj nie zapisany' }).selected).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/projects/99'))
    expect(api.requests().at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/projects', body: {
      programmeId: 2, title: 'Park', kind: null, status: 'PIPELINE', totalCost: '500', published: false, fundingSources: []
    } })
  })
})
