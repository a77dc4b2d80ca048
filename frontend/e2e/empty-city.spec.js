import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import {
  checkInEnglish, checkView, checkViewAtWidths, clickMapAt, conflictBox, csvUpload, errorSummary, fillFields, guardConsoleAndRequests,
  signIn, signInAs, switchLanguage, watchConsoleAndRequests
} from './support.js'

// One city's whole job in the browser, from an empty city: the superadmin sets it up with its admin, the admin adds
// an editor and an API key, the editor authors the programme with its areas, indicators, projects, recommendations
// and evaluations, imports a CSV and reads the report; two browser contexts meet on one project (412). Every view,
// dialog and error state passes axe, in Polish and in English. The API is used only to read back what the browser did.

// Chromium logs every 4xx answer in the console: the field errors (400) and the conflict (412) are provoked on purpose.
guardConsoleAndRequests([/status of 400/, /status of 412/])

const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
const tag = `c${Date.now().toString(36)}`
const teryt = `96${String(Date.now()).slice(-5)}`
const cityName = `Gmina Pusta ${tag} (e2e, ilustracyjna)`
const admin = `admin.${tag}`
const editor = `redaktor.${tag}`
const PASSWORD = 'haslo-pustej-gminy-e2e'
const programmeName = `Gminny Program Rewitalizacji ${tag} (e2e, ilustracyjny)`
const projectTitle = `Przebudowa placu ${tag} (ilustracyjna)`
const recommendationTitle = `Mierzyć zasiedlenie lokali ${tag}`
// what the tests learn from each other (they run in order, in one worker)
const city = { programmeId: null, projectId: null }

const nav = (page) => page.getByRole('navigation', { name: 'Odnowa' })
const h1 = (page, name) => page.getByRole('heading', { level: 1, name })
const status = (page, text) => page.getByRole('status').filter({ hasText: text })
/** A stored object as the API gives it, to check what the browser wrote. */
const readBack = async (request, path) => (await request.get(path, { headers: await signIn(request) })).json()

/** The user form of the people view: one account of the city with its first password. */
async function addUser(page, username, role, password) {
  const form = page.getByRole('form', { name: 'Dodaj użytkownika' })
  await fillFields(form, { 'Nazwa użytkownika': username, Rola: role, 'Hasło początkowe': password })
  await form.getByRole('button', { name: 'Dodaj użytkownika' }).click()
  return form
}

/** The editor's programme page (its id is learnt when the programme is created). */
async function openProgramme(page) {
  await signInAs(page, editor, PASSWORD)
  await page.goto(`/programmes/${city.programmeId}`)
  await expect(h1(page, new RegExp(tag))).toBeVisible()
}

test.describe.serial('an empty city, set up and authored in the browser', () => {
  test('the superadmin adds the municipality (a refused form first) and its admin', async ({ page }) => {
    test.setTimeout(120_000) // seven axe checks (some at two widths) on a shared 2-core machine
    await signInAs(page, 'admin')
    await page.goto('/')
    await expect(h1(page, 'Gminy')).toBeVisible()
    await checkInEnglish(page, 'city-directory', 'Municipalities')
    await page.getByRole('link', { name: 'Dodaj gminę' }).click()
    await expect(h1(page, 'Nowa gmina')).toBeVisible()
    await fillFields(page, { Nazwa: cityName, 'Mieszkańcy': '-3' }) // no TERYT, and fewer than no residents
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(errorSummary(page)).toBeVisible()
    await expect(page.getByLabel(/^Kod TERYT/)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Mieszkańcy')).toHaveAttribute('aria-invalid', 'true')
    await checkView(page, 'city-new-errors')
    await checkInEnglish(page, 'city-new-errors', 'New municipality')

    await fillFields(page, { 'Kod TERYT': teryt, Województwo: 'podlaskie', 'Mieszkańcy': '12400', 'Powierzchnia (km²)': '61,2' })
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(page).toHaveURL(new RegExp(`/municipalities/${teryt}$`))
    await expect(h1(page, cityName)).toBeVisible()
    await expect(page.getByText('12 400')).toBeVisible()
    await checkViewAtWidths(page, 'city-empty-home')
    await checkInEnglish(page, 'city-empty-home', cityName)
    expect(await readBack(page.request, `/api/v1/municipalities/${teryt}`)).toMatchObject({ name: cityName, voivodeship: 'podlaskie', residents: 12400 })

    await page.getByRole('link', { name: 'Ludzie i klucze API' }).click()
    await expect(h1(page, `Ludzie i klucze API: ${cityName}`)).toBeVisible()
    const form = await addUser(page, admin, 'ADMIN', 'za-krotkie')
    await expect(form.getByLabel(/^Hasło początkowe/)).toHaveAttribute('aria-invalid', 'true')
    await checkView(page, 'city-people-error')
    await addUser(page, admin, 'ADMIN', PASSWORD)
    await expect(status(page, `Dodano użytkownika ${admin}.`)).toBeVisible()
    await expect(page.getByRole('row', { name: new RegExp(admin) })).toContainText('administrator')
    await checkInEnglish(page, 'city-people', `People and API keys: ${cityName}`)
  })

  test('the city admin adds an editor and an API key whose secret is shown once', async ({ page, request }) => {
    test.setTimeout(90_000) // five axe checks on a shared machine
    await signInAs(page, admin, PASSWORD)
    await page.goto(`/municipalities/${teryt}/people`)
    await addUser(page, editor, 'EDITOR', PASSWORD)
    await expect(page.getByRole('row', { name: new RegExp(editor) })).toContainText('redaktor')

    const keyForm = page.getByRole('form', { name: 'Nowy klucz API' })
    await keyForm.getByRole('button', { name: 'Utwórz klucz' }).click() // without a name
    await expect(keyForm.getByLabel(/^Nazwa klucza/)).toHaveAttribute('aria-invalid', 'true')
    await checkView(page, 'city-key-error')
    await fillFields(keyForm, { 'Nazwa klucza': 'Sprawozdawczość', Rola: 'VIEWER' })
    await keyForm.getByRole('button', { name: 'Utwórz klucz' }).click()
    const dialog = page.getByRole('dialog', { name: 'Klucz „Sprawozdawczość” został utworzony' })
    const secret = await dialog.locator('code').textContent()
    expect(secret).toMatch(/^odn_\w{8}_\w{32}$/)
    await checkViewAtWidths(page, 'city-key-dialog')
    await checkInEnglish(page, 'city-key-dialog', `People and API keys: ${cityName}`)
    await dialog.getByRole('button', { name: 'Gotowe, klucz jest zapisany' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText(secret)).toHaveCount(0) // once: the list shows only its start
    await expect(page.getByRole('row', { name: /Sprawozdawczość/ })).toContainText(secret.slice(0, 12))
    await page.reload()
    await expect(page.getByText(secret)).toHaveCount(0)
    // the key opens the API (read back only); a wrong one does not
    expect((await request.get(`/api/v1/municipalities/${teryt}`, { headers: { 'X-API-Key': secret } })).status()).toBe(200)
    expect((await request.get(`/api/v1/municipalities/${teryt}`, { headers: { 'X-API-Key': `${secret.slice(0, -1)}x` } })).status()).toBe(401)
  })

  test('the editor creates the programme', async ({ page }) => {
    test.setTimeout(90_000)
    await signInAs(page, editor, PASSWORD)
    await page.goto(`/municipalities/${teryt}`)
    await expect(page.getByRole('link', { name: 'Ludzie i klucze API' })).toHaveCount(0) // an editor manages no people
    await page.getByRole('link', { name: 'Nowy program' }).click()
    await expect(h1(page, 'Nowy program rewitalizacji')).toBeVisible()
    await fillFields(page, { 'Nazwa skrócona': `GPR ${tag}`, 'Podstawa prawna': 'GPR', 'Od roku': '2025', 'Do roku': '2032' })
    await page.getByRole('button', { name: 'Zapisz' }).click() // without its name
    await expect(errorSummary(page)).toBeVisible()
    await expect(page.getByLabel(/^Nazwa \*/)).toHaveAttribute('aria-invalid', 'true')
    await checkView(page, 'city-programme-errors')
    await checkInEnglish(page, 'city-programme-errors', 'New revitalisation programme')
    await expect(page.getByLabel('Nazwa skrócona')).toHaveValue(`GPR ${tag}`) // what was typed survives the switch
    await fillFields(page, { Nazwa: programmeName, Opis: 'Program ilustracyjny pustej gminy.', 'Opublikowany (widoczny dla wszystkich)': true })
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(page).toHaveURL(/\/programmes\/\d+$/)
    city.programmeId = Number(page.url().split('/').at(-1))
    await expect(page.getByText('Program nie ma jeszcze wyznaczonych obszarów.')).toBeVisible()
    await checkViewAtWidths(page, 'city-programme')
    await checkInEnglish(page, 'city-programme', new RegExp(programmeName.replace(/[()]/g, '.')))
  })

  test('the editor uploads one area from a GeoJSON file', async ({ page, request }) => {
    test.setTimeout(90_000)
    await openProgramme(page)
    await page.getByRole('link', { name: 'Dodaj obszar' }).click()
    await expect(h1(page, 'Dodaj obszar')).toBeVisible()
    await fillFields(page, { 'Rodzaj obszaru': 'DEGRADED', 'Nazwa obszaru': `Obszar zdegradowany ${tag}` })
    await page.getByRole('button', { name: 'Dodaj podobszar' }).click()
    await fillFields(page, { 'Kod podobszaru': 'Z1', 'Nazwa podobszaru': 'Centrum', 'Powierzchnia (ha)': '30' })
    const file = page.getByLabel('Wczytaj granicę z pliku GeoJSON')
    await file.setInputFiles(fixture('not-a-polygon.geojson'))
    await expect(file).toHaveAttribute('aria-invalid', 'true')
    await checkView(page, 'city-area-file-error')
    await file.setInputFiles(fixture('area-boundary.geojson'))
    await expect(page.getByText('Granica: Polygon, wierzchołki: 4.')).toBeVisible()
    await page.getByRole('group', { name: 'Gospodarcze' }).getByRole('radio', { name: 'stwierdzono', exact: true }).check()
    await checkInEnglish(page, 'city-area-upload', 'Add an area')
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(page).toHaveURL(/\/areas\/\d+$/)
    await expect(h1(page, `Obszar zdegradowany ${tag}`)).toBeVisible()
    await checkViewAtWidths(page, 'city-area-uploaded')
    await checkInEnglish(page, 'city-area-uploaded', `Obszar zdegradowany ${tag}`)
    const area = await readBack(request, page.url().replace(/.*\/areas\//, '/api/v1/areas/'))
    expect(area.subareas[0]).toMatchObject({ code: 'Z1', crisis: { economic: true, social: null } })
    expect(area.subareas[0].geometry.coordinates[0]).toHaveLength(5)
  })

  test('the editor draws another area on the map', async ({ page, request }) => {
    test.setTimeout(90_000)
    await openProgramme(page)
    await page.getByRole('link', { name: 'Dodaj obszar' }).click()
    await fillFields(page, { 'Nazwa obszaru': `Obszar rewitalizacji ${tag}` })
    await page.getByRole('button', { name: 'Dodaj podobszar' }).click()
    await fillFields(page, { 'Kod podobszaru': 'R1', 'Nazwa podobszaru': 'Przy rynku' })
    await page.getByRole('button', { name: 'Narysuj granicę na mapie' }).click()
    const corners = [[0.35, 0.35], [0.65, 0.35], [0.65, 0.6], [0.45, 0.7], [0.35, 0.6]]
    await clickMapAt(page, page.getByRole('region', { name: 'Mapa granicy podobszaru 1' }), [...corners, corners[0]])
    await expect(page.getByText('Narysowano granicę.')).toBeVisible()
    await expect(page.getByText('Granica: Polygon, wierzchołki: 5.')).toBeVisible()
    await checkView(page, 'city-area-drawn')
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(page).toHaveURL(/\/areas\/\d+$/)
    await expect(page.getByRole('row', { name: /R1/ })).toContainText('na mapie')
    const area = await readBack(request, page.url().replace(/.*\/areas\//, '/api/v1/areas/'))
    expect(area.subareas[0].geometry.coordinates[0]).toHaveLength(6)
    await page.getByRole('link', { name: 'Wróć do programu' }).click()
    await expect(page.getByRole('link', { name: `Obszar rewitalizacji ${tag}` })).toBeVisible()
    await expect(page.getByRole('link', { name: `Obszar zdegradowany ${tag}` })).toBeVisible()
  })

  test('the editor adds an indicator (a refused target year fixed) and its yearly values', async ({ page, request }) => {
    test.setTimeout(90_000)
    await openProgramme(page)
    await page.getByRole('link', { name: 'Nowy wskaźnik' }).click()
    await expect(h1(page, 'Nowy wskaźnik')).toBeVisible()
    await fillFields(page, { Kod: 'R1', Jednostka: 'osoby', 'Nazwa (po polsku)': 'Uczestnicy zajęć w klubie (ilustracyjny)',
      'Nazwa (po angielsku)': 'Club participants (illustrative)', Rodzaj: 'RESULT', 'Kierunek pożądanej zmiany': 'HIGHER', 'Zadanie SDG 11': '11.3', 'Źródło': 'illustrative' })
    await fillFields(page.getByRole('group', { name: 'Wartość bazowa' }), { 'Wartość': '40', Rok: '2024' })
    const target = page.getByRole('group', { name: 'Wartość docelowa' })
    await fillFields(target, { 'Wartość': '120', Rok: '2019' })
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(target.getByLabel('Rok')).toHaveAttribute('aria-invalid', 'true')
    await checkView(page, 'city-indicator-errors')
    await checkInEnglish(page, 'city-indicator-errors', 'New indicator')
    await fillFields(target, { Rok: '2032' })
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(page).toHaveURL(/\/indicators\/\d+$/)
    const indicatorPath = page.url().replace(/.*\/indicators\//, '/api/v1/indicators/')
    for (const [year, value] of [['2025', '55'], ['2026', '71,5']]) {
      await page.getByRole('link', { name: 'Dodaj wartość roczną' }).click()
      await fillFields(page, { Rok: year, 'Wartość (osoby)': value, 'Źródło': 'illustrative' })
      if (year === '2025') await checkView(page, 'city-observation-new')
      await page.getByRole('button', { name: 'Zapisz' }).click()
      await expect(page.getByRole('row').filter({ hasText: year })).toContainText(value)
    }
    await checkViewAtWidths(page, 'city-indicator')
    await checkInEnglish(page, 'city-indicator', 'R1 Club participants (illustrative)')
    const values = await readBack(request, `${indicatorPath}/observations`)
    expect(values.items.map((o) => [o.period, o.value])).toEqual(expect.arrayContaining([[2025, '55'], [2026, '71.5']]))
  })

  test('the editor adds a project with its funding mix', async ({ page, request }) => {
    test.setTimeout(90_000)
    await openProgramme(page)
    await page.getByRole('link', { name: 'Dodaj projekt' }).click()
    await expect(h1(page, 'Nowy projekt')).toBeVisible()
    await fillFields(page, { 'Tytuł': projectTitle, Status: 'IMPLEMENTATION', 'Koszt całkowity': '2 500 000', 'Koszty kwalifikowalne': '2 000 000' })
    for (const [source, instrument, amount] of [['Unia Europejska', 'GRANT', '1 700 000'], ['Budżet gminy', 'OWN', '300 000']]) {
      await page.getByRole('button', { name: 'Dodaj źródło finansowania' }).click()
      const group = page.getByRole('group', { name: /^Źródło finansowania \d$/ }).last()
      await fillFields(group, { 'Źródło': source, Instrument: instrument, Kwota: amount })
    }
    await fillFields(page, { 'Koszty kwalifikowalne': '3 000 000' }) // more than the total: refused
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(page.getByLabel('Koszty kwalifikowalne')).toHaveAttribute('aria-invalid', 'true')
    await checkView(page, 'city-project-errors')
    await checkInEnglish(page, 'city-project-errors', 'New project')
    await fillFields(page, { 'Koszty kwalifikowalne': '2 000 000' })
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(page).toHaveURL(/\/projects\/\d+$/)
    city.projectId = Number(page.url().split('/').at(-1))
    await expect(page.getByRole('cell', { name: /1 700 000,00 zł/ })).toBeVisible()
    await checkViewAtWidths(page, 'city-project')
    await checkInEnglish(page, 'city-project', new RegExp(projectTitle.replace(/[()]/g, '.')))
    const project = await readBack(request, `/api/v1/projects/${city.projectId}`)
    expect(project.fundingSources.map((f) => [f.source, f.instrument, f.amount]))
      .toEqual([['Unia Europejska', 'GRANT', '1700000.00'], ['Budżet gminy', 'OWN', '300000.00']])
  })

  test('the editor adds a recommendation and moves it to "implemented" by keyboard on the board', async ({ page, request }) => {
    test.setTimeout(90_000)
    await openProgramme(page)
    await page.getByRole('link', { name: 'Tablica rekomendacji' }).first().click()
    await page.getByRole('link', { name: 'Nowa rekomendacja' }).click()
    await page.getByRole('button', { name: 'Zapisz' }).click() // empty
    await expect(errorSummary(page)).toBeVisible()
    await checkView(page, 'city-recommendation-errors')
    await checkInEnglish(page, 'city-recommendation-errors', 'New recommendation')
    await fillFields(page, { 'Tytuł': recommendationTitle, 'Treść': 'Liczyć zasiedlone lokale co roku.', Priorytet: 'HIGH' })
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(h1(page, 'Rekomendacje: tablica według statusu')).toBeVisible()
    for (const column of ['przyjęte', 'w realizacji', 'wdrożone']) {
      await page.getByRole('button', { name: `Przenieś „${recommendationTitle}” do: ${column}` }).focus()
      await page.keyboard.press('Enter')
      await expect(page.getByRole('region', { name: new RegExp(`^${column} \\(`) }).getByRole('heading', { level: 3, name: recommendationTitle }))
        .toBeFocused()
    }
    await expect(status(page, 'Przeniesiono')).toHaveText(`Przeniesiono „${recommendationTitle}” do: wdrożone.`)
    await checkViewAtWidths(page, 'city-board')
    await checkInEnglish(page, 'city-board', 'Recommendations: board by status')
    const stored = await readBack(request, `/api/v1/recommendations?programme=${city.programmeId}`)
    expect(stored.items.map((r) => r.status)).toEqual(['IMPLEMENTED'])
  })

  test('the editor records an evaluation', async ({ page }) => {
    test.setTimeout(90_000)
    await openProgramme(page)
    await page.getByRole('link', { name: 'Nowa ewaluacja' }).click()
    await fillFields(page, { 'Rodzaj oceny': 'EX_ANTE', 'Autor oceny': 'Zespół ds. rewitalizacji (e2e)' })
    await page.getByRole('button', { name: 'Dodaj wniosek' }).click()
    await page.getByRole('button', { name: 'Zapisz' }).click() // a finding without its title and text
    await expect(errorSummary(page)).toBeVisible()
    await checkView(page, 'city-evaluation-errors')
    await checkInEnglish(page, 'city-evaluation-errors', 'New evaluation')
    await fillFields(page.getByRole('group', { name: 'Wniosek 1' }), { 'Tytuł wniosku': 'Brak miejsc spotkań',
      'Treść wniosku': 'Ilustracyjnie: mieszkańcy nie mają gdzie się spotykać.', 'Zadanie SDG 11': '11.7' })
    await fillFields(page, { 'Data oceny': '2025-02-14' })
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(page).toHaveURL(new RegExp(`/programmes/${city.programmeId}$`))
    await expect(page.getByRole('region', { name: 'Ewaluacje' })).toContainText('Brak miejsc spotkań')
    await checkViewAtWidths(page, 'city-programme-authored')
  })

  test('the editor imports a CSV: a bad file is refused with its row errors, a good one applied with counts', async ({ page, request }) => {
    test.setTimeout(90_000)
    await signInAs(page, editor, PASSWORD)
    await page.goto(`/municipalities/${teryt}/import`)
    await expect(h1(page, 'Import danych z pliku')).toBeVisible()
    const header = 'externalId,kind,title,status,totalCost,sdgTargets,published'
    const rows = [`${tag}-a,BASIC,Świetlica w remizie,PIPELINE,640000.00,11.3,true`, `${tag}-b,COMPLEMENTARY,Zieleń przy szkole,PIPELINE,85000.00,11.7,true`]
    const file = page.getByLabel('Plik CSV lub JSON')
    await file.setInputFiles(csvUpload([header, rows[0], `${tag}-b,COMPLEMENTARY,Zieleń przy szkole,PIPELINE,tanio,11.7,true`,
      `${tag}-c,COMPLEMENTARY,,PIPELINE,,11.3,true`]))
    await expect(page.getByRole('region', { name: 'Podgląd: projekty' }).getByRole('row')).toHaveCount(4)
    await page.getByRole('button', { name: 'Importuj plik' }).click()
    const refused = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /Nie zaimportowano/ }) })
    await expect(refused.getByRole('row', { name: /linia 3 pliku/ })).toContainText('totalCost')
    await expect(refused.getByRole('row', { name: /linia 4 pliku/ })).toContainText('title')
    await checkViewAtWidths(page, 'city-import-refused')
    await checkInEnglish(page, 'city-import-refused', 'Import data from a file')
    const count = async () => (await readBack(request, `/api/v1/projects?municipality=${teryt}`)).totalItems
    expect(await count()).toBe(1) // only the project of the form: nothing of the bad file

    await file.setInputFiles(csvUpload([header, ...rows]))
    await page.getByRole('button', { name: 'Importuj plik' }).click()
    const done = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Zaimportowano plik' }) })
    await expect(done.getByRole('row', { name: /^projekty/ })).toHaveText(/projekty\s*2\s*0\s*0/)
    await checkView(page, 'city-import-done')
    await checkInEnglish(page, 'city-import-done', 'Import data from a file')
    expect(await count()).toBe(3)
  })

  test('the editor reads the report of the city', async ({ page }) => {
    test.setTimeout(90_000)
    await signInAs(page, editor, PASSWORD)
    await page.goto(`/municipalities/${teryt}`)
    await page.getByRole('navigation', { name: 'Praca z gminą' }).getByRole('link', { name: /^Raport/ }).click()
    await expect(h1(page, 'Jak rewitalizacja służyła Celowi 11')).toBeVisible()
    await expect(page.getByText('Świetlica w remizie').first()).toBeVisible() // published projects only: the form's is a draft
    await checkViewAtWidths(page, 'city-report')
    await checkInEnglish(page, 'city-report', 'How revitalisation served SDG 11')
    await expect(nav(page)).toBeVisible()
  })

  test('two browser contexts edit one project: the second save meets 412, keeps what was typed and re-applies it', async ({ page, browser, baseURL, request }) => {
    test.setTimeout(90_000)
    const other = await browser.newContext({ baseURL })
    const otherPage = await other.newPage()
    const otherGuard = watchConsoleAndRequests(otherPage, baseURL)
    await signInAs(page, editor, PASSWORD)
    await signInAs(otherPage, admin, PASSWORD)
    const edit = `/projects/${city.projectId}/edit`
    await page.goto(edit)
    await otherPage.goto(edit)
    const title = page.getByLabel(/^Tytuł/)
    await title.fill(`${projectTitle} — etap I`)

    // the admin, in the other context, saves first
    await fillFields(otherPage, { Status: 'COMPLETION' })
    await otherPage.getByRole('button', { name: 'Zapisz' }).click()
    await expect(otherPage).toHaveURL(new RegExp(`/projects/${city.projectId}$`))

    await page.getByRole('button', { name: 'Zapisz' }).click()
    const conflict = conflictBox(page)
    await expect(conflict).toBeFocused()
    await expect(title).toHaveValue(`${projectTitle} — etap I`) // what the user typed is kept
    const changed = conflict.getByRole('table', { name: 'Co zmieniono na serwerze' }).getByRole('row', { name: /^Status/ })
    await expect(changed).toContainText('zakończony') // the server's change, by its name
    await expect(changed).toContainText('(bez moich zmian)')
    await checkView(page, 'city-project-conflict')
    await switchLanguage(page, 'en')
    await expect(page.getByRole('heading', { name: 'Someone else saved changes in the meantime' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'What changed on the server' }).getByRole('row', { name: /^Status/ })).toContainText('completed')
    await checkView(page, 'city-project-conflict-en')
    await switchLanguage(page, 'pl')
    await conflict.getByRole('button', { name: 'Nanieś moje zmiany na bieżącą wersję' }).click()
    await expect(conflict).toBeHidden()
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('COMPLETION')
    await expect(title).toHaveValue(`${projectTitle} — etap I`)
    await page.getByRole('button', { name: 'Zapisz' }).click()
    await expect(page).toHaveURL(new RegExp(`/projects/${city.projectId}$`))
    expect(await readBack(request, `/api/v1/projects/${city.projectId}`)).toMatchObject({ title: `${projectTitle} — etap I`, status: 'COMPLETION' })
    otherGuard.check()
    await other.close()
  })
})

