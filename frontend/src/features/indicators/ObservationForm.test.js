import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import ObservationForm from './ObservationForm.vue'
import { setLocale } from '../../i18n.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const indicator = { id: 4, code: 'W2', namePl: 'Liczba mieszkańców', nameEn: 'Residents', unit: 'os.', municipality: '2461011' }

beforeEach(() => setLocale('pl'))
afterEach(() => vi.unstubAllGlobals())

describe('ObservationForm', () => {
  it('adds a yearly value, read with a decimal comma, and goes back to the indicator', async () => {
    const api = fakeApi((method, path) => {
      if (path === '/api/v1/indicators/4') return answer(200, indicator)
      return answer(201, { id: 40, indicatorId: 4, period: 2023, value: '24.5', version: 0 }, { ETag: '"0"' })
    })
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/indicators/:id/observations/new', component: ObservationForm },
      { path: '/:other(.*)', component: { template: '<p/>' } }
    ] })
    router.push('/indicators/4/observations/new')
    await router.isReady()
    render({ template: '<RouterView />' }, { global: { plugins: [router] } })

    expect(await screen.findByRole('heading', { level: 1, name: 'Nowa wartość wskaźnika: W2 Liczba mieszkańców' })).toBeTruthy()
    const user = userEvent.setup()
    const year = screen.getByLabelText(/^Rok/)
    await user.clear(year)
    await user.type(year, '2023')
    await user.type(screen.getByLabelText(/^Wartość \(os\.\)/), '24,5')
    expect(screen.getByText('Odczytano: 24,5')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/indicators/4'))
    expect(api.requests().at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/indicators/4/observations',
      body: { period: 2023, value: '24.5', source: null, note: null } })
  })
})
