import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { checkView, checkViewAtWidths, clickMapAt, guardConsoleAndRequests, signIn } from './support.js'

// Chromium logs every 4xx answer in the console; the negative number of residents below is provoked on purpose.
guardConsoleAndRequests([/status of 400/])

const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

test('an editor uploads one area, draws another on the map, and records crisis spheres as yes / no / not recorded', async ({ page, request }) => {
  test.setTimeout(180_000) // several views with axe on a shared machine
  // a draft programme of this run without areas, and an editor of its municipality
  const headers = await signIn(request)
  const created = await request.post('/api/v1/programmes', { headers, data: {
    municipality: '2461011', name: `Program obszarów e2e ${Date.now()} (ilustracyjny)`, shortName: 'GPR obszary e2e',
    legalBasis: 'GPR', status: 'DRAFT', periodFrom: 2023, periodTo: 2030, published: false
  } })
  expect(created.status()).toBe(201)
  const programme = await created.json()
  const username = `redaktor.obszary.${Date.now()}`
  const password = 'area-editor-password-e2e'
  const user = await request.post('/api/v1/users', { headers, data: { username, password, municipality: '2461011', role: 'EDITOR' } })
  expect(user.status()).toBe(201)

  await page.goto(`/sign-in?redirect=/programmes/${programme.id}`)
  await page.getByLabel('Nazwa użytkownika').fill(username)
  await page.getByLabel('Hasło').fill(password)
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await expect(page).toHaveURL(new RegExp(`/programmes/${programme.id}$`))
  await expect(page.getByText('Program nie ma jeszcze wyznaczonych obszarów.')).toBeVisible()

  // 1. the degraded area, its boundary from a GeoJSON file
  await page.getByRole('link', { name: 'Dodaj obszar' }).click()
  await expect(page).toHaveURL(new RegExp(`/areas/new\\?programme=${programme.id}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Dodaj obszar' })).toBeVisible()
  await page.getByLabel(/^Rodzaj obszaru/).selectOption('DEGRADED')
  await page.getByLabel(/^Nazwa obszaru/).fill('Obszar zdegradowany e2e (ilustracyjny)')
  await page.getByRole('button', { name: 'Dodaj podobszar' }).click()
  await expect(page.getByLabel(/^Kod podobszaru/)).toBeFocused()
  await page.getByLabel(/^Kod podobszaru/).fill('D1')
  await page.getByLabel(/^Nazwa podobszaru/).fill('Śródmieście e2e')
  await page.getByLabel('Powierzchnia (ha)').fill('12,5')
  const residents = page.getByLabel('Liczba mieszkańców')
  await expect(residents).toHaveValue('') // not known, not 0
  const file = page.getByLabel('Wczytaj granicę z pliku GeoJSON')
  // a file that is no polygon is named before anything is sent
  await file.setInputFiles(fixture('not-a-polygon.geojson'))
  await expect(page.getByText('Geometria typu Point nie może być granicą: potrzebny jest Polygon albo MultiPolygon.')).toBeVisible()
  await expect(file).toHaveAttribute('aria-invalid', 'true')
  await file.setInputFiles(fixture('area-boundary.geojson'))
  await expect(page.getByText('Wczytano granicę z pliku area-boundary.geojson.')).toBeVisible()
  await expect(page.getByText('Granica: Polygon, wierzchołki: 4.')).toBeVisible()
  await expect(page.locator('.boundary-map path.leaflet-interactive')).toHaveCount(1) // the preview on the map
  await page.getByRole('group', { name: 'Społeczne' }).getByRole('radio', { name: 'stwierdzono', exact: true }).check()
  await page.getByRole('group', { name: 'Techniczne' }).getByRole('radio', { name: 'stwierdzono', exact: true }).check()

  // the API's field error shows next to its field, and the summary links to it
  await residents.fill('-5')
  await checkView(page, 'area-form-upload')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(residents).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#field-subareas-0-residents-error')).toContainText('must be greater than or equal to 0')
  const summary = page.locator('.error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Podobszar 1: Liczba mieszkańców')
  await checkView(page, 'area-form-errors')
  await summary.getByRole('link', { name: /Liczba mieszkańców/ }).click()
  await expect(residents).toBeFocused()
  await residents.fill('')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(/\/areas\/\d+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Obszar zdegradowany e2e (ilustracyjny)' })).toBeVisible()
  const uploaded = await (await request.get(page.url().replace(/.*\/areas\//, '/api/v1/areas/'), { headers })).json()
  expect(uploaded.subareas[0].residents).toBeNull()
  expect(uploaded.subareas[0].geometry.type).toBe('Polygon')
  expect(uploaded.subareas[0].geometry.coordinates[0]).toHaveLength(5)

  // 2. the revitalisation area, its subarea drawn on the map
  await page.getByRole('link', { name: 'Wróć do programu' }).click()
  // the programme lists the area just saved; until its list has loaded, "Dodaj obszar" moves down under the pointer
  // as the list appears above it (a CI run once lost the click that way)
  await expect(page.getByRole('region', { name: 'Obszary programu' })
    .getByRole('link', { name: 'Obszar zdegradowany e2e (ilustracyjny)' })).toBeVisible()
  await page.getByRole('link', { name: 'Dodaj obszar' }).click()
  await page.getByLabel(/^Nazwa obszaru/).fill('Obszar rewitalizacji e2e (ilustracyjny)')
  await page.getByRole('button', { name: 'Dodaj podobszar' }).click()
  await page.getByLabel(/^Kod podobszaru/).fill('R1')
  await page.getByLabel(/^Nazwa podobszaru/).fill('Dolne Przedmieście e2e')
  await page.getByRole('button', { name: 'Narysuj granicę na mapie' }).click()
  await expect(page.getByText(/^Rysowanie: klikaj na mapie/)).toBeVisible()
  const vertices = [[0.3, 0.3], [0.6, 0.3], [0.6, 0.6], [0.3, 0.6]]
  await clickMapAt(page, page.getByRole('region', { name: 'Mapa granicy podobszaru 1' }), [...vertices, vertices[0]])
  await expect(page.getByText('Narysowano granicę.')).toBeVisible()
  await expect(page.getByText('Granica: Polygon, wierzchołki: 4.')).toBeVisible()

  // one sphere yes (mouse), one no (keyboard: arrow keys in the radio group), the other three left not recorded
  await page.getByRole('group', { name: 'Społeczne' }).getByRole('radio', { name: 'stwierdzono', exact: true }).check()
  const economic = page.getByRole('group', { name: 'Gospodarcze' })
  await economic.getByRole('radio', { name: 'nie odnotowano' }).focus()
  await page.keyboard.press('ArrowLeft')
  await expect(economic.getByRole('radio', { name: 'nie stwierdzono' })).toBeChecked()
  for (const sphere of ['Środowiskowe', 'Przestrzenno-funkcjonalne', 'Techniczne']) {
    await expect(page.getByRole('group', { name: sphere }).getByRole('radio', { name: 'nie odnotowano' })).toBeChecked()
  }
  await checkViewAtWidths(page, 'area-form-drawn')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(/\/areas\/\d+$/)
  const row = page.getByRole('row', { name: /R1/ })
  await expect(row.locator('[data-sphere="social"]')).toHaveText('stwierdzono')
  await expect(row.locator('[data-sphere="economic"]')).toHaveText('nie stwierdzono')
  for (const sphere of ['environmental', 'spatialFunctional', 'technical']) {
    await expect(row.locator(`[data-sphere="${sphere}"]`)).toHaveText('nie odnotowano')
  }
  await expect(row).toContainText('na mapie')
  await checkViewAtWidths(page, 'area-view')
  const drawn = await (await request.get(page.url().replace(/.*\/areas\//, '/api/v1/areas/'), { headers })).json()
  expect(drawn.subareas[0].crisis).toEqual({ social: true, economic: false, environmental: null, spatialFunctional: null, technical: null })
  expect(drawn.subareas[0].geometry.type).toBe('Polygon')
  expect(drawn.subareas[0].geometry.coordinates[0]).toHaveLength(5)
  expect(drawn.subareas[0].residents).toBeNull()

  // the edit form reads the three states back, in English too
  await page.getByRole('link', { name: 'Edytuj obszar' }).click()
  await expect(page.getByRole('group', { name: 'Środowiskowe' }).getByRole('radio', { name: 'nie odnotowano' })).toBeChecked()
  await expect(page.getByRole('group', { name: 'Gospodarcze' }).getByRole('radio', { name: 'nie stwierdzono' })).toBeChecked()
  await page.getByRole('combobox', { name: 'Język' }).selectOption('en')
  await expect(page.getByRole('group', { name: 'Technical' }).getByRole('radio', { name: 'not recorded' })).toBeChecked()
  await checkView(page, 'area-form-edit-en')

  // the programme page lists both areas
  await page.goto(`/programmes/${programme.id}`)
  await expect(page.getByRole('link', { name: 'Obszar zdegradowany e2e (ilustracyjny)' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Obszar rewitalizacji e2e (ilustracyjny)' })).toBeVisible()
})
