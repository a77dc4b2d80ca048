import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import MunicipalitiesDirectory from './MunicipalitiesDirectory.vue'
import { setLocale } from '../../i18n.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

const lodz = { teryt: '1061011', name: 'Łódź', voivodeship: 'łódzkie', residents: 655279 }

let api
beforeEach(() => {
  setLocale('pl')
  api = fakeApi(() => answer(200, { items: [lodz], page: 0, size: 20, totalItems: 41, totalPages: 3 }))
})
afterEach(() => setLocale('pl'))

async function renderAt(url) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/municipalities', component: MunicipalitiesDirectory },
    { path: '/municipalities/:teryt', component: { template: '<div/>' } }
  ] })
  router.push(url)
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
  return router
}

describe('MunicipalitiesDirectory', () => {
  it('searches by name without Polish letters and by voivodeship, with the search in the link', async () => {
    const router = await renderAt('/municipalities')
    expect(await screen.findByRole('link', { name: 'Łódź' })).toBeTruthy()
    await userEvent.type(screen.getByRole('searchbox', { name: 'Nazwa gminy lub kod TERYT' }), 'lodz')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Województwo' }), 'łódzkie')
    await userEvent.click(screen.getByRole('button', { name: 'Szukaj' }))
    await screen.findByText('Strona 1 z 3')
    expect(router.currentRoute.value.query).toEqual({ q: 'lodz', voivodeship: 'łódzkie' })
    const last = api.mock.calls.at(-1)[0]
    expect(last).toContain('q=lodz')
    expect(last).toContain(`voivodeship=${encodeURIComponent('łódzkie')}`)
    expect(screen.getByRole('row', { name: /Łódź 1061011 łódzkie 655/ })).toBeTruthy()
  })

  it('pages through the results and names voivodeships in English too', async () => {
    setLocale('en')
    await renderAt('/municipalities?page=1')
    expect(await screen.findByText('Page 2 of 3')).toBeTruthy()
    expect(api.mock.calls[0][0]).toContain('page=1')
    expect(screen.getByRole('link', { name: 'Previous' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Next' })).toBeTruthy()
    expect(screen.getByRole('cell', { name: 'Łódź (łódzkie)' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: 'Add a municipality' })).toBeNull() // superadmins only
  })
})
