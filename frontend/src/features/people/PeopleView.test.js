import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import PeopleView from './PeopleView.vue'
import { setLocale } from '../../i18n.js'
import { session } from '../../session/session.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const KEY = 'odn_AbCdEfGh_0123456789abcdefghijABCDEFGHIJ'
const users = [
  { id: 1, username: 'ola.admin', municipality: '9817936', role: 'ADMIN', enabled: true, version: 0 },
  { id: 2, username: 'jan.redaktor', municipality: '9817936', role: 'EDITOR', enabled: true, version: 3 }
]
const page = (items) => ({ items, page: 0, size: 200, totalItems: items.length, totalPages: 1 })

let api
beforeEach(() => {
  setLocale('pl')
  session.value = { token: 't', expiresAt: Date.now() + 60_000, username: 'ola.admin', role: 'ADMIN', municipality: '9817936' }
  api = fakeApi((method, path, init) => {
    if (path.endsWith('/municipalities/9817936')) return answer(200, { teryt: '9817936', name: 'Gmina Źródlana' })
    if (path === '/api/v1/users' && method === 'POST') {
      return answer(400, { status: 400, errors: [{ field: 'password', message: 'must have 12 to 72 characters' }] })
    }
    if (path === '/api/v1/users') return answer(200, page(users))
    if (path === '/api/v1/users/2') return answer(200, { ...users[1], ...JSON.parse(init.body), version: 4 })
    if (path === '/api/v1/api-keys' && method === 'POST') {
      return answer(201, { id: 9, name: 'System finansowy', prefix: 'odn_AbCdEfGh', role: 'EDITOR', key: KEY, version: 0 })
    }
    return answer(200, page([]))
  })
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => {}) }, configurable: true })
})
afterEach(() => { session.value = null; vi.unstubAllGlobals() })

async function renderView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/municipalities/:teryt/people', component: PeopleView },
    { path: '/:any(.*)', component: { template: '<div/>' } }
  ] })
  router.push('/municipalities/9817936/people')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
}

describe('PeopleView', () => {
  it('shows the password problem next to the password field', async () => {
    await renderView()
    const form = await screen.findByRole('form', { name: 'Dodaj użytkownika' })
    await userEvent.type(within(form).getByLabelText(/^Nazwa użytkownika/), 'nowa.osoba')
    await userEvent.type(within(form).getByLabelText(/^Hasło początkowe/), 'krotkie')
    await userEvent.click(within(form).getByRole('button', { name: 'Dodaj użytkownika' }))
    const password = within(form).getByLabelText(/^Hasło początkowe/)
    await vi.waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'))
    expect(document.getElementById(password.getAttribute('aria-describedby').split(' ').at(-1)).textContent).toContain('12 to 72')
  })

  it('changes a role with the version the list showed, and never offers to lock oneself out', async () => {
    await renderView()
    const row = await screen.findByRole('row', { name: /jan\.redaktor/ })
    await userEvent.selectOptions(within(row).getByRole('combobox', { name: 'Rola użytkownika jan.redaktor' }), 'VIEWER')
    await userEvent.click(within(row).getByRole('button', { name: /Zmień rolę/ }))
    expect(await screen.findByText('Użytkownik jan.redaktor ma teraz rolę: podgląd.')).toBeTruthy()
    const put = api.requests().find((r) => r.method === 'PUT')
    expect(put.headers['If-Match']).toBe('"3"')
    expect(put.body).toEqual({ username: 'jan.redaktor', municipality: '9817936', role: 'VIEWER', enabled: true })
    expect(within(screen.getByRole('row', { name: /ola\.admin/ })).queryAllByRole('button')).toHaveLength(0)
  })

  it('shows a new API key once, with a copy button', async () => {
    await renderView()
    const form = await screen.findByRole('form', { name: 'Nowy klucz API' })
    await userEvent.type(within(form).getByLabelText(/^Nazwa klucza/), 'System finansowy')
    await userEvent.click(within(form).getByRole('button', { name: 'Utwórz klucz' }))
    const dialog = await screen.findByRole('dialog', { name: 'Klucz „System finansowy” został utworzony' })
    expect(within(dialog).getByText(KEY)).toBeTruthy()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Kopiuj klucz' }))
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(KEY)
    expect(await within(dialog).findByText('Skopiowano klucz do schowka.')).toBeTruthy()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gotowe, klucz jest zapisany' }))
    expect(screen.queryByText(KEY)).toBeNull()
    const post = api.requests().find((r) => r.method === 'POST' && r.path === '/api/v1/api-keys')
    expect(post.body).toMatchObject({ name: 'System finansowy', role: 'EDITOR', municipality: '9817936' })
    expect(post.body.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/)
  })
})
