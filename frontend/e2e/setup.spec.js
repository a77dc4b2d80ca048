import { expect, test } from '@playwright/test'
import { checkView, checkViewAtWidths, csvUpload, guardConsoleAndRequests, signInAs, switchLanguage } from './support.js'

// Chromium logs every 4xx answer in the console; this spec provokes 400s (bad forms, a bad import) on purpose.
guardConsoleAndRequests([/status of 400/])

// A new city set up in the browser, from nothing: the superadmin adds it and its admin, the admin an editor and an
// API key, the editor imports its projects (a bad file first) and reads the dashboards and the report.
const tag = `e${Date.now().toString(36)}`
const teryt = `98${String(Date.now()).slice(-5)}`
const cityName = `Gmina Źródlana ${tag}`
const adminName = `admin.${tag}`
const editorName = `redaktor.${tag}`
const PASSWORD = 'haslo-testowe-e2e-1'

test.describe.configure({ mode: 'serial' })
let apiKey = null

test('a superadmin adds the municipality and its admin', async ({ page }) => {
  test.setTimeout(180_000)
  await signInAs(page, 'admin')
  // without a configured default city the app opens on the directory
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Gminy' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Bielsko-Biała' })).toBeVisible()
  await checkViewAtWidths(page, 'municipalities')

  await page.getByRole('link', { name: 'Dodaj gminę' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nowa gmina' })).toBeVisible()
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /Nie zapisano/ }) })).toBeVisible()
  await expect(page.getByLabel(/^Kod TERYT/)).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#field-name-error')).toBeVisible()
  await checkViewAtWidths(page, 'municipality-new-errors')
  await switchLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'New municipality' })).toBeVisible()
  await checkView(page, 'municipality-new-en')
  await switchLanguage(page, 'pl')

  await page.getByLabel(/^Kod TERYT/).fill(teryt)
  await page.getByLabel(/^Nazwa/).fill(cityName)
  await page.getByLabel('Województwo').selectOption('lubelskie')
  await page.getByLabel('Powierzchnia (km²)').fill('45,5')
  await page.getByLabel('Mieszkańcy').fill('12000')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(new RegExp(`/municipalities/${teryt}$`))
  await expect(page.getByRole('heading', { level: 1, name: cityName })).toBeVisible()
  await expect(page.getByText('12 000')).toBeVisible()
  await checkViewAtWidths(page, 'city-home-new')

  // the directory finds it without Polish letters, in its voivodeship
  await page.getByRole('navigation', { name: 'Odnowa' }).getByRole('link', { name: 'Gminy' }).click()
  await page.getByRole('searchbox', { name: 'Nazwa gminy lub kod TERYT' }).fill(`zrodlana ${tag}`)
  await page.getByLabel('Województwo').selectOption('lubelskie')
  await page.getByRole('button', { name: 'Szukaj' }).click()
  await expect(page).toHaveURL(/voivodeship=lubelskie/)
  await expect(page.getByRole('table').getByRole('link')).toHaveText([cityName])
  await checkView(page, 'municipalities-search')
  await page.getByRole('table').getByRole('link', { name: cityName }).click()

  // its first admin
  await page.getByRole('link', { name: 'Ludzie i klucze API' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Ludzie i klucze API: ${cityName}` })).toBeVisible()
  const addUser = page.getByRole('form', { name: 'Dodaj użytkownika' })
  await addUser.getByLabel(/^Nazwa użytkownika/).fill(adminName)
  await addUser.getByLabel(/^Rola/).selectOption('ADMIN')
  await addUser.getByLabel(/^Hasło początkowe/).fill('krotkie')
  await addUser.getByRole('button', { name: 'Dodaj użytkownika' }).click()
  await expect(addUser.getByLabel(/^Hasło początkowe/)).toHaveAttribute('aria-invalid', 'true')
  await expect(addUser.locator('#field-user-password-error')).toContainText('12 to 72')
  await checkViewAtWidths(page, 'people-user-errors')
  await addUser.getByLabel(/^Hasło początkowe/).fill(PASSWORD)
  await addUser.getByRole('button', { name: 'Dodaj użytkownika' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Dodano użytkownika ${adminName}.` })).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(adminName) })).toContainText('aktywne')
})

test('the city admin adds an editor and an API key, shown once and copied', async ({ page, context, request }) => {
  test.setTimeout(180_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signInAs(page, adminName, PASSWORD)
  await page.goto(`/municipalities/${teryt}`)
  await page.getByRole('link', { name: 'Ludzie i klucze API' }).click()
  const addUser = page.getByRole('form', { name: 'Dodaj użytkownika' })
  await addUser.getByLabel(/^Nazwa użytkownika/).fill(editorName)
  await addUser.getByLabel(/^Rola/).selectOption('VIEWER')
  await addUser.getByLabel(/^Hasło początkowe/).fill(PASSWORD)
  await addUser.getByRole('button', { name: 'Dodaj użytkownika' }).click()
  const row = page.getByRole('row', { name: new RegExp(editorName) })
  await expect(row).toContainText('aktywne')
  // the admin's own row offers no way to lock itself out
  await expect(page.getByRole('row', { name: new RegExp(adminName) }).getByRole('button')).toHaveCount(0)

  // a role change, and the disable dialog (cancelled, then confirmed, then enabled again)
  await row.getByRole('combobox', { name: `Rola użytkownika ${editorName}` }).selectOption('EDITOR')
  await row.getByRole('button', { name: /Zmień rolę/ }).click()
  await expect(page.getByRole('status').filter({ hasText: `Użytkownik ${editorName} ma teraz rolę: redaktor.` })).toBeVisible()
  await row.getByRole('button', { name: `Wyłącz konto ${editorName}` }).click()
  const dialog = page.getByRole('dialog', { name: `Wyłączyć konto ${editorName}?` })
  await expect(dialog).toBeVisible()
  await checkView(page, 'people-disable-dialog')
  await dialog.getByRole('button', { name: 'Wyłącz konto' }).click()
  await expect(row).toContainText('wyłączone')
  await row.getByRole('button', { name: `Włącz konto ${editorName}` }).click()
  await expect(row).toContainText('aktywne')

  // an API key for the city's finance system
  const addKey = page.getByRole('form', { name: 'Nowy klucz API' })
  await addKey.getByLabel(/^Nazwa klucza/).fill('')
  await addKey.getByRole('button', { name: 'Utwórz klucz' }).click()
  await expect(addKey.getByLabel(/^Nazwa klucza/)).toHaveAttribute('aria-invalid', 'true')
  await checkView(page, 'people-key-errors')
  await addKey.getByLabel(/^Nazwa klucza/).fill('System finansowy')
  await addKey.getByLabel(/^Rola/).selectOption('EDITOR')
  await addKey.getByRole('button', { name: 'Utwórz klucz' }).click()
  const keyDialog = page.getByRole('dialog', { name: 'Klucz „System finansowy” został utworzony' })
  await expect(keyDialog).toBeVisible()
  const shown = await keyDialog.locator('code').textContent()
  expect(shown).toMatch(/^odn_[A-Za-z0-9]{8}_[A-Za-z0-9]{32}$/)
  await keyDialog.getByRole('button', { name: 'Kopiuj klucz' }).click()
  await expect(keyDialog.getByRole('status')).toHaveText('Skopiowano klucz do schowka.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown)
  await checkViewAtWidths(page, 'people-key-dialog')
  await keyDialog.getByRole('button', { name: 'Gotowe, klucz jest zapisany' }).click()
  await expect(keyDialog).toBeHidden()
  const keyRow = page.getByRole('row', { name: /System finansowy/ })
  await expect(keyRow).toContainText('nigdy')
  await expect(keyRow).toContainText(shown.slice(0, 12))
  await expect(page.getByText(shown)).toHaveCount(0) // shown once: not in the list
  apiKey = shown

  // the key works: the finance system records the city's programme and an indicator (authoring them in the
  // browser is another view's job)
  const headers = { 'X-API-Key': apiKey }
  const programme = await request.post('/api/v1/programmes', { headers, data: {
    municipality: teryt, name: `Gminny Program Rewitalizacji ${tag} (e2e, ilustracyjny)`, shortName: `GPR ${tag}`,
    legalBasis: 'GPR', status: 'IN_FORCE', periodFrom: 2023, periodTo: 2030, published: true
  } })
  expect(programme.status()).toBe(201)
  const indicator = await request.post('/api/v1/indicators', { headers, data: {
    programmeId: (await programme.json()).id, scope: 'PROGRAMME', code: 'W1', namePl: 'Odwiedzający rynek (ilustracyjny)',
    nameEn: 'Visitors of the square (illustrative)', unit: 'tys. osób', direction: 'HIGHER', level: 'RESULT',
    baseline: { value: '10', year: 2022 }, target: { value: '20', year: 2030 }, sdgTarget: '11.7', source: 'illustrative'
  } })
  expect(indicator.status()).toBe(201)
  await page.reload()
  await expect(page.getByRole('row', { name: /System finansowy/ })).not.toContainText('nigdy')

  await switchLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: `People and API keys: ${cityName}` })).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(editorName) })).toContainText('active')
  await checkViewAtWidths(page, 'people-en')
  await switchLanguage(page, 'pl')
})

test('the editor imports a CSV: a bad file is refused with its rows, a good one applied; then the dashboards and the report', async ({ page, request }) => {
  test.setTimeout(240_000)
  await signInAs(page, editorName, PASSWORD)
  await page.goto(`/municipalities/${teryt}`)
  await expect(page.getByRole('link', { name: 'Ludzie i klucze API' })).toHaveCount(0) // an editor manages no people
  await page.getByRole('link', { name: 'Import danych z pliku' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Import danych z pliku' })).toBeVisible()
  await checkView(page, 'import')

  const header = 'externalId,kind,title,status,totalCost,plannedStart,sdgTargets,published'
  await page.getByLabel('Plik CSV lub JSON').setInputFiles(csvUpload([header,
    `${tag}-1,BASIC,Przebudowa rynku,IMPLEMENTATION,4200000.00,2024-04-01,11.3;11.7,true`,
    `${tag}-2,BASIC,Park nad rzeką,PIPELINE,dużo,2025-03-01,11.7,true`,
    `${tag}-3,COMPLEMENTARY,,PIPELINE,,,11.3,true`]))
  await expect(page.getByText('projekty — liczba wierszy: 3.')).toBeVisible()
  await expect(page.getByRole('radio', { name: 'projekty' })).toBeChecked()
  await expect(page.getByRole('region', { name: 'Podgląd: projekty' }).getByRole('row')).toHaveCount(4)
  await checkViewAtWidths(page, 'import-preview')
  await page.getByRole('button', { name: 'Importuj plik' }).click()
  const refused = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /Nie zaimportowano/ }) })
  await expect(refused).toBeVisible()
  await expect(refused.getByRole('row', { name: /linia 3 pliku/ })).toContainText('totalCost')
  await expect(refused.getByRole('row', { name: /linia 4 pliku/ })).toContainText('title')
  await checkViewAtWidths(page, 'import-errors')
  const projects = async () => (await (await request.get(`/api/v1/projects?municipality=${teryt}`)).json()).totalItems
  expect(await projects()).toBe(0) // nothing written

  await page.getByLabel('Plik CSV lub JSON').setInputFiles(csvUpload([header,
    `${tag}-1,BASIC,Przebudowa rynku,IMPLEMENTATION,4200000.00,2024-04-01,11.3;11.7,true`,
    `${tag}-2,BASIC,Park nad rzeką,PIPELINE,1850000.50,2025-03-01,11.7,true`,
    `${tag}-3,COMPLEMENTARY,"Klub sąsiedzki, ul. Rynek 5",PIPELINE,,,11.3,true`]))
  await page.getByRole('button', { name: 'Importuj plik' }).click()
  const done = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Zaimportowano plik' }) })
  await expect(done.getByRole('row', { name: /^projekty/ })).toHaveText(/projekty\s*3\s*0\s*0/)
  await checkViewAtWidths(page, 'import-done')
  expect(await projects()).toBe(3)

  // the funding of the projects and the indicator's yearly values, as JSON and CSV files of the same programme
  await page.getByLabel('Plik CSV lub JSON').setInputFiles({ name: 'finansowanie.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({
    projects: [
      { externalId: `${tag}-1`, fundingSources: [
        { source: 'Unia Europejska', fund: 'EFRR', instrument: 'GRANT', amount: '2940000.00' },
        { source: 'Budżet gminy', instrument: 'OWN', amount: '1260000.00' }] },
      { externalId: `${tag}-2`, fundingSources: [{ source: 'Budżet gminy', instrument: 'OWN', amount: '1850000.50' }] }]
  })) })
  await expect(page.getByText('projekty — liczba wierszy: 2.')).toBeVisible()
  await page.getByRole('button', { name: 'Importuj plik' }).click()
  await expect(done.getByRole('row', { name: /^projekty/ })).toHaveText(/projekty\s*0\s*2\s*0/)
  await page.getByLabel('Plik CSV lub JSON').setInputFiles({ name: 'wartosci.csv', mimeType: 'text/csv',
    buffer: Buffer.from('indicatorCode,year,value,source\r\nW1,2023,11,illustrative\r\nW1,2024,12.5,illustrative\r\n') })
  await expect(page.getByRole('radio', { name: 'wartości wskaźników' })).toBeChecked()
  await page.getByRole('button', { name: 'Importuj plik' }).click()
  await expect(done.getByRole('row', { name: /^wartości wskaźników/ })).toHaveText(/wartości wskaźników\s*2\s*0\s*0/)
  await switchLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Import data from a file' })).toBeVisible()
  await checkView(page, 'import-done-en')
  await switchLanguage(page, 'pl')

  // the dashboards
  await page.getByRole('navigation', { name: 'Odnowa' }).getByRole('link', { name: 'Wykresy' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Wykresy: ${cityName}` })).toBeVisible()
  const sources = page.getByRole('region', { name: 'Wydatki według źródła finansowania' })
  await expect(sources.getByRole('img', { name: /Wykres słupkowy: kwoty według źródła finansowania/ })).toBeVisible()
  await expect(sources.getByRole('row', { name: /Budżet gminy/ })).toContainText('3 110 000,50 zł')
  await expect(sources.getByRole('row', { name: /Unia Europejska \(EFRR\)/ })).toContainText('2 940 000,00 zł')
  const csvLink = sources.getByRole('link', { name: /Pobierz CSV/ })
  await expect(csvLink).toHaveAttribute('download', `funding-by-source-${teryt}.csv`)
  expect(decodeURIComponent((await csvLink.getAttribute('href')).split(',').slice(1).join(','))).toContain('Budżet gminy,OWN,2,3110000.50,PLN')
  const targets = page.getByRole('region', { name: 'Wydatki według celu SDG 11' })
  await expect(targets.getByRole('row', { name: /^11\.7/ })).toContainText('6 050 000,50 zł')
  await expect(page.getByRole('region', { name: 'Postęp wskaźników' }).getByRole('table').getByRole('row')).toHaveCount(8)
  await expect(page.getByRole('region', { name: /Programy rewitalizacji w czasie 2023–2030/ }).getByRole('row', { name: new RegExp(`GPR ${tag}`) }))
    .toContainText('2023–2030')
  await checkViewAtWidths(page, 'dashboards')
  await switchLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: `Dashboards: ${cityName}` })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Spending by funding source' }).getByRole('row', { name: /Budżet gminy/ })).toContainText('PLN 3,110,000.50')
  await checkView(page, 'dashboards-en')
  await switchLanguage(page, 'pl')

  // the report of the new city
  await page.getByRole('navigation', { name: 'Odnowa' }).getByRole('link', { name: 'Miasto' }).click()
  await page.getByRole('navigation', { name: 'Praca z gminą' }).getByRole('link', { name: /^Raport/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jak rewitalizacja służyła Celowi 11' })).toBeVisible()
  await expect(page.getByText('Przebudowa rynku').first()).toBeVisible()
  await checkViewAtWidths(page, 'report-new-city')
})

test('Bielsko-Biała stays reachable: its dashboards from the directory, in both languages', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Nazwa gminy lub kod TERYT' }).fill('bielsko biala')
  await page.getByRole('button', { name: 'Szukaj' }).click()
  await page.getByRole('table').getByRole('link', { name: 'Bielsko-Biała' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bielsko-Biała' })).toBeVisible()
  await page.getByRole('link', { name: 'Wykresy: wydatki, postęp, programy' }).click()
  const lineage = page.getByRole('region', { name: /^Programy rewitalizacji w czasie \d{4}–2030$/ })
  await expect(lineage.getByRole('row', { name: /^PROM 2007–2013 2007–2013/ })).toBeVisible()
  await expect(lineage.getByRole('row', { name: /^GPR 2030 2022–2030/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Wydatki według źródła finansowania' }).getByRole('row', { name: /Pożyczka rewitalizacyjna/ }))
    .toContainText('4 739 912,00 zł')
  await checkViewAtWidths(page, 'dashboards-bielsko')
  await page.getByRole('combobox', { name: 'Program', exact: true }).selectOption({ label: 'PROM 2014–2021' })
  await expect(page).toHaveURL(/programme=\d+/)
  await expect(page.getByRole('region', { name: 'Wydatki według źródła finansowania' }).getByRole('row', { name: /Pożyczka/ })).toBeVisible()
  await switchLanguage(page, 'en')
  await page.getByRole('navigation', { name: 'Odnowa' }).getByRole('link', { name: 'Municipalities' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Municipalities' })).toBeVisible()
  await checkView(page, 'municipalities-en')
})
