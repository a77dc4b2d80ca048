import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { checkView, checkViewAtWidths, guardConsoleAndRequests, signIn } from './support.js'

// Chromium logs every 4xx answer in the console; the save over the residents limit below is refused on purpose.
guardConsoleAndRequests([/status of 400/])

test('a resident sees the illustrative delimitation of Bielsko-Biała as a map and as a table', async ({ page }) => {
  await page.goto('/municipalities/2461011')
  await page.getByRole('link', { name: 'Diagnoza i delimitacja obszarów' }).click()
  await expect(page).toHaveURL(/\/municipalities\/2461011\/delimitation$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delimitacja: Bielsko-Biała')
  await expect(page.locator('.illustrative-note')).toContainText('Dane ilustracyjne.')

  const rows = page.locator('table.delimitation-table tbody tr')
  await expect(rows).toHaveCount(10)
  await expect(rows.filter({ hasText: 'IL-01' })).toContainText('spełnia')
  await expect(rows.filter({ hasText: 'IL-06' })).toContainText('nie spełnia')
  await expect(page.locator('table.delimitation-table thead')).toContainText('ref. 6,82') // S1, weighted by residents
  await expect(page.getByText('Proponowany obszar zdegradowany (jednostki spełniające art. 9 ust. 1): 5 jednostek')).toBeVisible()

  const map = page.getByRole('region', { name: /Mapa jednostek przestrzennych/ })
  await expect(map.locator('path')).toHaveCount(10)
  await expect(page.getByRole('list', { name: /Legenda: według wskaźnika syntetycznego/ })).toContainText('(wyżej: gorzej)')
  await page.getByLabel('Koloruj mapę według').selectOption({ label: 'sfery technicznej' })
  await expect(page.getByRole('list', { name: /Legenda: według sfery technicznej/ })).toContainText('stan kryzysowy')
  await map.locator('path').first().focus()
  await expect(page.locator('.map-figures')).toContainText('według sfery technicznej')

  // Only the units meeting art. 9 ust. 1 can be chosen; anonymous readers may try a selection but cannot save it.
  await expect(page.getByRole('checkbox', { name: /^Włącz IL-/ })).toHaveCount(5)
  await expect(page.getByRole('button', { name: 'Zapisz obszary' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Pobierz GeoJSON' })).toBeVisible()
  await checkViewAtWidths(page, 'delimitation-resident')

  // A stricter method (two social indicators) drops IL-04 from the degraded area.
  await page.getByLabel('Minimalna liczba wskaźników społecznych gorszych od referencji').fill('2')
  await page.getByRole('button', { name: 'Przelicz delimitację' }).click()
  await expect(page.getByRole('checkbox', { name: /^Włącz IL-/ })).toHaveCount(4)
  await expect(rows.filter({ hasText: 'IL-04' })).toContainText('poza obszarem zdegradowanym')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Pobierz CSV' }).click()
  expect((await download).suggestedFilename()).toBe('delimitacja-2461011-2021.csv')
  const annex = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Pobierz załącznik graficzny (PDF)' }).click()
  const pdf = await annex
  expect(pdf.suggestedFilename()).toBe('delimitacja-2461011-2021.pdf')
  expect(readFileSync(await pdf.path()).subarray(0, 4).toString()).toBe('%PDF')
})

test('an editor chooses units, sees the shares and the over-limit warning, and saves the two areas', async ({ page, request }) => {
  test.setTimeout(120_000) // several views with axe on a shared machine
  // a draft programme of this run without areas (not public, so the demo's views and areas stay as they are)
  const headers = await signIn(request)
  const created = await request.post('/api/v1/programmes', { headers, data: {
    municipality: '2461011', name: `Program delimitacji e2e ${Date.now()} (ilustracyjny)`, shortName: 'GPR delimitacja e2e',
    legalBasis: 'GPR', status: 'DRAFT', periodFrom: 2023, periodTo: 2030, published: false
  } })
  expect(created.status()).toBe(201)
  const programme = await created.json()

  await page.goto('/sign-in?redirect=/municipalities/2461011/delimitation')
  await page.getByLabel('Nazwa użytkownika').fill('admin')
  await page.getByLabel('Hasło').fill(process.env.E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await expect(page).toHaveURL(/\/municipalities\/2461011\/delimitation$/)

  const budget = page.locator('.budget-figures')
  await expect(budget).toHaveAttribute('aria-live', 'polite')
  await expect(budget).toContainText('Wybrane jednostki: 0.')
  await page.getByRole('checkbox', { name: /^Włącz IL-01 / }).check()
  // keyboard: Space on the focused checkbox
  await page.getByRole('checkbox', { name: /^Włącz IL-02 / }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('checkbox', { name: /^Włącz IL-02 / })).toBeChecked()
  await expect(budget).toContainText('Wybrane jednostki: 2.')
  await expect(budget).toContainText('= 5,76% powierzchni gminy (limit 20%)')
  await expect(budget).toContainText('Mieszkańcy 39 500 = 23,69% mieszkańców gminy (limit 30%)')
  await expect(page.locator('.budget-warning')).toHaveCount(0)

  await page.getByRole('checkbox', { name: /^Włącz IL-04 / }).check()
  await expect(budget).toContainText('= 34,36% mieszkańców gminy')
  await expect(page.locator('.budget-warning')).toHaveText('Przekroczono limit mieszkańców: 34,36% przy dopuszczalnych 30% (art. 10 ust. 2).')

  const form = page.getByRole('form', { name: 'Zapisz obszary z delimitacji' })
  await form.getByLabel(/^Program/).selectOption({ label: `${programme.shortName}: ${programme.name}` })
  await form.getByLabel(/^Numer uchwały wyznaczającej/).fill('XII/34/2026 (ilustracyjna)')
  await form.getByLabel(/^Data uchwały/).fill('2026-11-30')
  await checkView(page, 'delimitation-editor-over-limit')
  // The API refuses the selection over the limit: its message is shown at the shares, and focus goes there.
  await form.getByRole('button', { name: 'Zapisz obszary' }).click()
  await expect(page.locator('#field-save-delimitation-selection-error')).toContainText('maxResidentsSharePct')
  await expect(page.locator('#field-save-delimitation-selection')).toBeFocused()

  await page.getByRole('checkbox', { name: /^Włącz IL-04 / }).uncheck()
  await expect(page.locator('.budget-warning')).toHaveCount(0)
  await form.getByRole('button', { name: 'Zapisz obszary' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano:' }))
    .toHaveText('Zapisano: Obszar zdegradowany (5 podobszarów) i Obszar rewitalizacji (2 podobszarów).')
  await checkView(page, 'delimitation-saved')

  await page.getByRole('link', { name: 'Zobacz obszary w programie' }).click()
  await expect(page).toHaveURL(new RegExp(`/programmes/${programme.id}$`))
  const subareas = page.locator('.area-map table tbody tr')
  await expect(subareas).toHaveCount(7)
  await expect(subareas.filter({ hasText: 'Obszar rewitalizacji' })).toHaveCount(2)
  await expect(page.locator('.area-map table')).toContainText('Jednostka ilustracyjna 01')
  const areas = await (await request.get(`/api/v1/areas?programme=${programme.id}`, { headers })).json()
  expect(areas.items.map((a) => [a.kind, a.designationResolution])).toEqual(
    expect.arrayContaining([['DEGRADED', 'XII/34/2026 (ilustracyjna)'], ['REVITALISATION', 'XII/34/2026 (ilustracyjna)']]))
})
