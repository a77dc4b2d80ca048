import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import RecommendationForm from './RecommendationForm.vue'
import { setLocale } from '../../i18n.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const recommendation = {
  id: 5, programmeId: 2, municipality: '2461011', title: 'Mierzyć zasiedlenie', text: 'Dodać wskaźnik rezultatu.',
  priority: 'HIGH', status: 'ACCEPTED', allowedTransitions: ['IN_PROGRESS', 'REJECTED'], owner: null, dueDate: '2026-12-31',
  statusReason: null, version: 2
}

beforeEach(() => setLocale('pl'))
afterEach(() => vi.unstubAllGlobals())

describe('RecommendationForm', () => {
  it('offers the allowed status moves only and shows the API\'s reason requirement next to the field', async () => {
    const api = fakeApi((method) => (method === 'GET'
      ? answer(200, recommendation, { ETag: '"2"' })
      : answer(400, { status: 400, errors: [{ field: 'statusReason', message: 'is required for REJECTED' }] })))
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/recommendations/:id/edit', component: RecommendationForm },
      { path: '/:other(.*)', component: { template: '<p/>' } }
    ] })
    router.push('/recommendations/5/edit')
    await router.isReady()
    render({ template: '<RouterView />' }, { global: { plugins: [router] } })

    const status = await screen.findByLabelText('Status')
    expect([...status.options].map((o) => o.textContent)).toEqual(['przyjęte', 'w realizacji', 'odrzucone'])
    const user = userEvent.setup()
    await user.selectOptions(status, 'REJECTED')
    await user.click(screen.getByRole('button', { name: 'Zapisz' }))

    const reason = screen.getByLabelText('Uzasadnienie statusu')
    await vi.waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'))
    expect(document.getElementById(reason.getAttribute('aria-describedby')).textContent.trim()).toBe('is required for REJECTED')
    expect(api.requests().at(-1)).toMatchObject({ method: 'PATCH', path: '/api/v1/recommendations/5', body: { status: 'REJECTED' } })
    expect(api.requests().at(-1).headers['If-Match']).toBe('"2"')
  })
})
