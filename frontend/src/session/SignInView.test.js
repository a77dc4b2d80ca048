import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import SignInView from './SignInView.vue'
import SessionMenu from './SessionMenu.vue'
import { apiGet } from '../api/client.js'
import { setLocale } from '../i18n.js'
import { canEdit, session, signOut } from './session.js'
import { answer, fakeApi } from '../testing/fakeApi.js'

const TOKEN = { accessToken: 'tok-123', tokenType: 'Bearer', expiresIn: 900, username: 'anna', role: 'EDITOR', municipality: '2461011' }

async function renderSignIn(path = '/sign-in?redirect=/projects/7/edit') {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/sign-in', component: SignInView },
    { path: '/:other(.*)', component: { template: '<p>elsewhere</p>' } }
  ] })
  router.push(path)
  await router.isReady()
  render({ components: { SessionMenu }, template: '<SessionMenu /><RouterView />' }, { global: { plugins: [router] } })
  return router
}

async function fillAndSubmit(username, password) {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Nazwa użytkownika'), username)
  await user.type(screen.getByLabelText('Hasło'), password)
  await user.click(screen.getByRole('button', { name: 'Zaloguj się' }))
}

beforeEach(() => setLocale('pl'))
afterEach(() => {
  signOut()
  vi.unstubAllGlobals()
})

describe('SignInView', () => {
  it('signs in, keeps the token in sessionStorage only, sends it with every request and returns to the page asked for', async () => {
    const api = fakeApi((method, path) => (path === '/api/v1/auth/token' ? answer(200, TOKEN) : answer(200, { ok: true })))
    const router = await renderSignIn()
    await fillAndSubmit('anna', 'secret-password')

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/projects/7/edit'))
    expect(api.requests()[0]).toMatchObject({ method: 'POST', body: { username: 'anna', password: 'secret-password' } })
    expect(JSON.parse(sessionStorage.getItem('odnowa.session')).token).toBe('tok-123')
    expect(JSON.stringify({ ...localStorage })).not.toContain('tok-123')
    expect(session.value).toMatchObject({ username: 'anna', role: 'EDITOR', municipality: '2461011' })
    expect(canEdit('2461011')).toBe(true)
    expect(canEdit('1261011')).toBe(false)

    await apiGet('/api/v1/projects/7')
    expect(api.requests().at(-1).headers.Authorization).toBe('Bearer tok-123')
    // the header names the user, the role and the municipality, with a sign-out button
    expect((await screen.findByText(/Zalogowano:/)).textContent).toMatch(/anna\s*\(redaktor, gmina 2461011\)/)
    expect(screen.getByRole('button', { name: 'Wyloguj się' })).toBeTruthy()
  })

  it('says so when the credentials are wrong (401) and marks the fields', async () => {
    fakeApi(() => answer(401, { status: 401, title: 'Unauthorized', detail: 'wrong username or password' }))
    await renderSignIn()
    await fillAndSubmit('anna', 'wrong')
    expect((await screen.findByRole('alert')).textContent).toBe('Nieprawidłowa nazwa użytkownika lub hasło.')
    expect(screen.getByLabelText('Hasło').getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByLabelText('Hasło').value).toBe('')
    expect(session.value).toBeNull()
  })

  it('tells how long to wait after too many failed sign-ins (429 with Retry-After)', async () => {
    fakeApi(() => answer(429, { status: 429, title: 'Too many requests' }, { 'Retry-After': '120' }))
    await renderSignIn()
    await fillAndSubmit('anna', 'wrong')
    expect((await screen.findByRole('alert')).textContent).toBe('Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za 2 min.')
    setLocale('en')
    expect((await screen.findByText(/Too many failed sign-ins/)).textContent).toBe('Too many failed sign-ins. Try again in 2 min.')
  })

  it('sends the user to sign in again, and back, when the API refuses the token (401)', async () => {
    const { createAppRouter } = await import('../router.js')
    fakeApi((method, path) => (path === '/api/v1/auth/token' ? answer(200, TOKEN) : answer(401, { status: 401 })))
    const router = createAppRouter(createMemoryHistory())
    router.push('/projects?municipality=2461011')
    await router.isReady()
    const { signIn } = await import('./session.js')
    await signIn('anna', 'secret-password')
    await expect(apiGet('/api/v1/projects')).rejects.toMatchObject({ status: 401 })
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/sign-in'))
    expect(router.currentRoute.value.query).toEqual({ redirect: '/projects?municipality=2461011', expired: '1' })
    expect(session.value).toBeNull()
    expect(sessionStorage.getItem('odnowa.session')).toBeNull()
  })

  it('ends the session when the token expires and sends the user to sign in, to come back to the same page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      const { createAppRouter } = await import('../router.js')
      fakeApi(() => answer(200, { ...TOKEN, expiresIn: 60 }))
      const router = createAppRouter(createMemoryHistory())
      router.push('/projects?q=park')
      await router.isReady()
      const { signIn } = await import('./session.js')
      await signIn('anna', 'secret-password')
      vi.advanceTimersByTime(59_000)
      expect(session.value).not.toBeNull()
      vi.advanceTimersByTime(2_000)
      expect(session.value).toBeNull()
      await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/sign-in'))
      expect(router.currentRoute.value.query).toEqual({ redirect: '/projects?q=park', expired: '1' })
    } finally {
      vi.useRealTimers()
    }
  })
})
