import { expect, test } from '@playwright/test'
import { checkView, guardConsoleAndRequests, signIn } from './support.js'

guardConsoleAndRequests()

test('a resident browses Bielsko-Biała: programme lineage, key figures and a programme', async ({ page }) => {
  await page.goto('/municipalities/2461011')
  await expect(page.getByRole('heading', { level: 1, name: 'Bielsko-Biała' })).toBeVisible()
  const lineage = page.getByRole('region', { name: 'Programy rewitalizacji' }).getByRole('link')
  await expect(lineage).toHaveText(['Stare Miasto 2004–2006', 'PROM 2007–2013', 'PROM 2014–2021', 'GPR 2030'])
  await expect(page.getByText(/Źródło: pl\.wikipedia\.org/)).toBeVisible()
  await expect(page.getByText('166 765')).toBeVisible()
  const sdg = page.getByRole('region', { name: /Cel 11/ })
  await expect(sdg.getByRole('heading', { level: 3 })).toHaveCount(10)
  await expect(sdg.getByRole('listitem').filter({ hasText: '11.6' })).toContainText('pogorszenie')
  await checkView(page, 'municipality-home')

  await lineage.filter({ hasText: 'PROM 2014–2021' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2014–2021')
  await expect(page.getByRole('region', { name: 'Projekty' }).getByRole('link').first()).toBeVisible()
  await checkView(page, 'programme')
})

test('a user filters projects, shares the link, and the link shows the same list', async ({ page }) => {
  await page.goto('/projects?municipality=2461011')
  await page.getByRole('searchbox', { name: 'Szukaj w tytułach i opisach' }).fill('starowka')
  await page.getByRole('button', { name: 'Filtruj' }).click()
  await expect(page).toHaveURL(/q=starowka/)
  const rows = page.getByRole('table').getByRole('link')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Nowa Starówka')
  await checkView(page, 'projects-filtered')

  const shared = page.url()
  const other = await page.context().newPage()
  await other.goto(shared)
  await expect(other.getByRole('table').getByRole('link')).toHaveText([/Nowa Starówka/])
  await expect(other.getByRole('searchbox', { name: 'Szukaj w tytułach i opisach' })).toHaveValue('starowka')

  // the CSV export carries the same filters
  const csvLink = page.getByRole('link', { name: /CSV/ })
  await expect(csvLink).toHaveAttribute('href', /\/api\/v1\/exports\/projects\.csv\?q=starowka&municipality=2461011/)
  const csv = await page.request.get(await csvLink.getAttribute('href'))
  expect(csv.ok()).toBe(true)
  expect((await csv.text()).split('\r\n').filter(Boolean)).toHaveLength(2)

  await rows.first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nowa Starówka')
  await expect(page.getByRole('cell', { name: /6 380 223,26 zł/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /Wykres słupkowy: kwoty źródeł finansowania/ })).toBeVisible()
  await checkView(page, 'project')
})

test('the language is switchable, remembered, and formats money for the language', async ({ page }) => {
  await page.goto('/projects?municipality=2461011&sort=-totalCost')
  await page.getByRole('combobox', { name: 'Język' }).selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'PLN 11,347,418.62' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await checkView(page, 'projects-en')
})

test('an indicator shows its series as a chart with its table, and marks illustrative figures', async ({ page }) => {
  await page.goto('/municipalities/2461011')
  await page.getByRole('link', { name: 'PROM 2014–2021', exact: true }).click()
  await page.getByRole('region', { name: 'Wskaźniki' }).getByRole('link', { name: /W2/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('W2')
  const chart = page.getByRole('img', { name: /Wykres liniowy: W2 .* z linią wartości bazowej i docelowej/ })
  await expect(chart).toBeVisible()
  expect((await chart.boundingBox()).height).toBeGreaterThan(100)
  await expect(page.getByRole('table', { name: 'Wartości wskaźnika w latach' }).getByRole('row')).toHaveCount(5)
  await expect(page.getByText('dane ilustracyjne, nie oficjalne').first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Postęp: ograniczony postęp' })).toBeVisible()
  await expect(page.getByText('wskaźnik rezultatu')).toBeVisible()
  await expect(page.getByText(/wskaźnik lokalny jako przybliżenie celu/)).toBeVisible()
  await expect(page.getByRole('region', { name: /Postęp/ })).toContainText('CAGR')
  await checkView(page, 'indicator')
})

// The demo data has no subarea boundaries: the test gives PROM 2007–2013 (which has no area) a small illustrative
// area with two mapped subareas, in the throw-away database of this run.
async function ensureMappedArea(request) {
  const programmes = await (await request.get('/api/v1/programmes?municipality=2461011&size=200')).json()
  const programme = programmes.items.find((p) => p.shortName === 'PROM 2007–2013')
  const square = (x, y) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.006], [x, y + 0.006], [x, y]]] })
  const response = await request.post('/api/v1/areas', { headers: await signIn(request), data: {
    programmeId: programme.id, kind: 'REVITALISATION', name: 'Obszar testowy (e2e)',
    subareas: [
      { code: 'E1', name: 'Podobszar testowy Północ', areaHa: 42.5, residents: 5120, residentsDate: '2021-12-31', geometry: square(19.038, 49.82) },
      { code: 'E2', name: 'Podobszar testowy Południe', areaHa: 31.2, residents: 4300, geometry: square(19.05, 49.81) }
    ]
  } })
  expect([201, 409]).toContain(response.status())
}

test('a programme maps its subareas: hover or keyboard focus shows the figures, a table lists them', async ({ page, request }) => {
  await ensureMappedArea(request)
  await page.goto('/municipalities/2461011')
  await page.getByRole('link', { name: 'PROM 2007–2013', exact: true }).click()
  const map = page.getByRole('region', { name: 'Mapa podobszarów' })
  await expect(map).toBeVisible()

  await map.getByRole('button', { name: /E1 Podobszar testowy Północ/ }).hover()
  const figures = page.getByRole('heading', { level: 3, name: 'E1 Podobszar testowy Północ' })
  await expect(figures).toBeVisible()
  await expect(figures.locator('..')).toContainText('42,5 ha')

  // keyboard: Tab from the first subarea reaches the second, and its figures show
  await map.getByRole('button', { name: /E1 Podobszar/ }).focus()
  await page.keyboard.press('Tab')
  await expect(map.getByRole('button', { name: /E2 Podobszar testowy Południe/ })).toBeFocused()
  await expect(page.getByRole('heading', { level: 3, name: 'E2 Podobszar testowy Południe' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Podobszary' }).getByRole('row')).toHaveCount(3)
  await checkView(page, 'programme-map')
})

test('a programme shows compliance, evaluations and recommendations; the board lists them by status', async ({ page }) => {
  await page.goto('/municipalities/2461011')
  await page.getByRole('link', { name: 'PROM 2014–2021', exact: true }).click()
  // A PR programme of 2014–2021 is judged by the 2014–2020 guidelines, not the Act, and nothing fails on unrecorded data.
  const compliance = page.getByRole('region', { name: 'Zgodność z przepisami' })
  await expect(compliance.getByRole('row').nth(1)).toBeVisible()
  await expect(compliance).toContainText('Program oceniany według: Wytyczne w zakresie rewitalizacji w programach operacyjnych')
  await expect(compliance).toContainText('niespełnione: 0')
  await expect(compliance.getByRole('row').filter({ hasText: 'definicja obszaru rewitalizacji (20% powierzchni)' }))
    .toContainText('nierozstrzygnięte')
  await expect(page.getByRole('region', { name: 'Ewaluacje' }).getByRole('heading', { level: 3 }).first()).toContainText('ocena końcowa')
  await expect(page.getByRole('region', { name: 'Rekomendacje' })).toContainText('w realizacji: 1')
  await expect(page.getByRole('region', { name: 'Rekomendacje' })).toContainText('zaproponowane: 2')
  await expect(page.getByRole('table', { name: 'Podobszary' }).getByRole('row')).toHaveCount(9)

  await page.getByRole('region', { name: 'Rekomendacje' }).getByRole('link', { name: 'Tablica rekomendacji' }).click()
  await expect(page).toHaveURL(/\/programmes\/\d+\/recommendations$/)
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    ['zaproponowane (2)', 'przyjęte (0)', 'w realizacji (1)', 'wdrożone (0)', 'odrzucone (0)'])
  await expect(page.getByRole('region', { name: 'zaproponowane (2)' }).getByRole('listitem')).toHaveCount(2)
  await checkView(page, 'recommendations-board')
})

test('the report renders in the page, follows the language and downloads as PDF', async ({ page, request }) => {
  test.setTimeout(120_000) // the PDF and axe on the long report take time on a shared machine
  await ensureMappedArea(request)
  await page.goto('/municipalities/2461011')
  await page.getByRole('link', { name: 'PROM 2014–2021', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2014–2021')
  await page.getByRole('link', { name: /^Raport/ }).click()
  await expect(page).toHaveURL(/\/programmes\/\d+\/report$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Jak rewitalizacja służyła Celowi 11' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(7)
  await expect(page).toHaveTitle('Jak rewitalizacja służyła Celowi 11 – Odnowa')
  // Illustrative figures are labelled, and the statuses resting on them are counted apart.
  await expect(page.getByText(/statusów postępu opiera się na danych ilustracyjnych/).first()).toBeVisible()
  await expect(page.getByText('(dane ilustracyjne, nieoficjalne)').first()).toBeVisible()
  await expect(page.getByRole('region', { name: '5. Zgodność z przepisami' })).toContainText('Wytyczne w zakresie rewitalizacji')
  await checkView(page, 'report-programme')

  await page.getByRole('combobox', { name: 'Język' }).selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'How revitalisation served SDG 11' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '7. Recommendations' })).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
  expect(download.suggestedFilename()).toMatch(/^raport-program-\d+-en\.pdf$/)
  await expect(page.getByRole('status').filter({ hasText: 'PDF downloaded.' })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await page.emulateMedia({ media: 'screen' })
  await checkView(page, 'report-programme-en')

  await page.goto('/municipalities/2461011')
  await page.getByRole('link', { name: 'Report: how revitalisation served Goal 11' }).click()
  await expect(page).toHaveURL(/\/municipalities\/2461011\/report$/)
  await expect(page.getByRole('heading', { level: 1, name: 'How revitalisation served SDG 11' })).toBeVisible()
  const map = page.getByRole('region', { name: 'Map of the subareas' })
  await expect(map.getByRole('button', { name: /^E1 Podobszar testowy Północ \(revitalisation area\): 42\.5 ha/ })).toBeVisible()
  await checkView(page, 'report-municipality-en')
})
