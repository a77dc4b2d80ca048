import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory, createRouter } from 'vue-router'
import ImportView from './ImportView.vue'
import { locate, parseCsv } from './preview.js'
import { setLocale } from '../../i18n.js'
import { answer, fakeApi } from '../../testing/fakeApi.js'

/** An XMLHttpRequest that reports upload progress and answers status with body. */
function fakeUpload(status, body) {
  const sent = []
  class FakeXhr {
    constructor() { this.upload = {}; this.headers = {} }
    open(method, url) { this.method = method; this.url = url }
    setRequestHeader(name, value) { this.headers[name] = value }
    getResponseHeader() { return null }
    send(data) {
      sent.push({ url: this.url, headers: this.headers, data })
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 })
      setTimeout(() => { this.status = status; this.responseText = JSON.stringify(body); this.onload() }, 10)
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
  return sent
}

beforeEach(() => {
  setLocale('pl')
  fakeApi((method, path) => (path.endsWith('/municipalities/9817936')
    ? answer(200, { teryt: '9817936', name: 'Gmina Źródlana' })
    : answer(200, { items: [{ id: 4, shortName: 'GPR 2030' }], page: 0, size: 200, totalItems: 1, totalPages: 1 })))
})
afterEach(() => vi.unstubAllGlobals())

async function renderView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/municipalities/:teryt/import', component: ImportView },
    { path: '/:any(.*)', component: { template: '<div/>' } }
  ] })
  router.push('/municipalities/9817936/import')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [router] } })
}

const file = (text, name = 'projekty.csv') => new File([text], name, { type: 'text/csv' })

describe('ImportView', () => {
  it('shows the rows of the chosen CSV, then the rows the API refused with their messages', async () => {
    const sent = fakeUpload(400, { status: 400, errors: [{ field: 'rows[2].totalCost', message: 'must be a decimal amount' }] })
    await renderView()
    await userEvent.upload(await screen.findByLabelText('Plik CSV lub JSON'),
      file('externalId,title,totalCost\r\nA-1,Rynek,100.00\r\nA-2,"Park, etap I",dużo\r\n'))
    const preview = await screen.findByRole('region', { name: 'Podgląd: projekty' })
    expect(within(preview).getAllByRole('row')).toHaveLength(3)
    expect(within(preview).getByRole('cell', { name: 'Park, etap I' })).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Importuj plik' }))
    const refused = await screen.findByRole('alert')
    expect(refused.textContent).toContain('Nic nie zostało zapisane')
    expect(within(refused).getByRole('row', { name: /2 \(linia 3 pliku\) totalCost must be a decimal amount A-2, Park, etap I, dużo/ })).toBeTruthy()
    expect(sent[0].url).toBe('/api/v1/programmes/4/import?kind=projects')
    expect(sent[0].headers['Content-Type']).toBe('text/csv; charset=utf-8')
  })

  it('sends a JSON file as JSON and shows what was created, updated and left unchanged', async () => {
    const sent = fakeUpload(200, { projects: { created: 1, updated: 2, unchanged: 0 }, observations: { created: 0, updated: 0, unchanged: 5 } })
    await renderView()
    await userEvent.upload(await screen.findByLabelText('Plik CSV lub JSON'),
      new File([JSON.stringify({ projects: [{ externalId: 'A-1', title: 'Rynek' }] })], 'dane.json', { type: 'application/json' }))
    expect(await screen.findByText('projekty — liczba wierszy: 1.')).toBeTruthy()
    expect(screen.queryByRole('group', { name: 'Zawartość pliku' })).toBeNull() // a JSON file says what its rows are
    await userEvent.click(screen.getByRole('button', { name: 'Importuj plik' }))
    const done = await screen.findByRole('status', { name: 'Zaimportowano plik' })
    expect(within(done).getByRole('row', { name: 'projekty 1 2 0' })).toBeTruthy()
    expect(within(done).getByRole('row', { name: 'wartości wskaźników 0 0 5' })).toBeTruthy()
    expect(sent[0].url).toBe('/api/v1/programmes/4/import')
    expect(sent[0].headers['Content-Type']).toBe('application/json')
  })

  it('refuses to send a file that is not JSON, saying why', async () => {
    await renderView()
    await userEvent.upload(await screen.findByLabelText('Plik CSV lub JSON'), new File(['{"projects": ['], 'zly.json'))
    expect((await screen.findByRole('alert')).textContent).toMatch(/To nie jest poprawny plik JSON/)
    expect(screen.getByRole('button', { name: 'Importuj plik' }).disabled).toBe(true)
  })
})

describe('preview', () => {
  it('reads RFC 4180 quotes and line breaks, and points problems at the row a person counts', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","line\nbreak"\r\n\r\n')).toEqual([['a', 'b'], ['x, "y"', 'line\nbreak']])
    expect(locate('rows[7].value')).toEqual({ kind: 'rows', row: 7, column: 'value' })
    expect(locate('projects[0].title')).toEqual({ kind: 'projects', row: 1, column: 'title' })
    expect(locate('body')).toBeNull()
  })
})
