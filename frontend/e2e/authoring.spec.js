import { expect, test } from '@playwright/test'
import { checkView, guardConsoleAndRequests, signIn, signInAs } from './support.js'

// Chromium logs every 4xx answer in the console; the indicator's field error below is provoked on purpose.
guardConsoleAndRequests([/status of 400/])

// A municipality of its own for this run (illustrative: no such city), so the flow starts from an empty city.
const teryt = `97${String(Date.now()).slice(-5)}`

test('from an empty city: a programme, an indicator (with a field error fixed), a yearly value, a recommendation and an evaluation, all in the UI', async ({ page, request }) => {
  test.setTimeout(240_000) // many views with axe on a shared machine
  const headers = await signIn(request)
  const created = await request.post('/api/v1/municipalities', { headers, data: {
    teryt, name: `Gmina Testowa ${teryt} (e2e, ilustracyjna)`, source: 'illustrative'
  } })
  expect(created.status()).toBe(201)

  await signInAs(page, 'admin')

  // the programme, from the city's home
  await page.goto(`/municipalities/${teryt}`)
  await page.getByRole('link', { name: 'Nowy program' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nowy program rewitalizacji' })).toBeVisible()
  await page.getByLabel(/^Nazwa \*/).fill('Gminny Program Rewitalizacji 2024–2030 (e2e, ilustracyjny)')
  await page.getByLabel('Nazwa skrócona').fill('GPR e2e')
  await page.getByLabel('Podstawa prawna').selectOption('GPR')
  await page.getByLabel(/^Od roku/).fill('2024')
  await page.getByLabel('Do roku').fill('2030')
  await page.getByLabel('Opis').fill('Program ilustracyjny utworzony w teście.')
  await checkView(page, 'programme-new')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(/\/programmes\/\d+$/)
  const programmeUrl = page.url()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gminny Program Rewitalizacji 2024–2030')

  // the indicator: a target year before the baseline year is refused, shown next to that field, then fixed
  await page.getByRole('link', { name: 'Nowy wskaźnik' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nowy wskaźnik' })).toBeVisible()
  await page.getByLabel(/^Kod/).fill('W1')
  await page.getByLabel(/^Jednostka/).fill('%')
  await page.getByLabel(/^Nazwa \(po polsku\)/).fill('Odsetek zasiedlonych lokali (ilustracyjny)')
  await page.getByLabel(/^Rodzaj/).selectOption('RESULT')
  await page.getByLabel(/^Kierunek/).selectOption('HIGHER')
  const baseline = page.getByRole('group', { name: 'Wartość bazowa' })
  await baseline.getByLabel('Wartość').fill('62,5')
  await expect(page.locator('#field-baseline-value-hint')).toHaveText('Odczytano: 62,5')
  await baseline.getByLabel('Rok').fill('2023')
  const target = page.getByRole('group', { name: 'Wartość docelowa' })
  await target.getByLabel('Wartość').fill('80')
  await target.getByLabel('Rok').fill('2020')
  await page.getByLabel('Zadanie SDG 11').selectOption('11.1')
  await page.getByLabel('Źródło').fill('illustrative')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /Nie zapisano/ }) })
  await expect(summary).toBeVisible()
  const targetYear = target.getByLabel('Rok')
  await expect(targetYear).toHaveAttribute('aria-invalid', 'true')
  await expect(targetYear).toHaveAttribute('aria-describedby', /field-target-year-error/)
  await expect(page.locator('#field-target-year-error')).toContainText('2023')
  await checkView(page, 'indicator-new-errors')
  await summary.getByRole('link', { name: /^Wartość docelowa: Rok/ }).click()
  await expect(targetYear).toBeFocused()
  await targetYear.fill('2030')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(/\/indicators\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('W1 Odsetek zasiedlonych lokali (ilustracyjny)')

  // a yearly value of it
  await page.getByRole('link', { name: 'Dodaj wartość roczną' }).click()
  await page.getByLabel(/^Rok/).fill('2024')
  await page.getByLabel(/^Wartość/).fill('66,4')
  await page.getByLabel('Źródło').fill('illustrative')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(/\/indicators\/\d+$/)
  await expect(page.getByRole('row').filter({ hasText: '2024' })).toContainText('66,4')

  // the indicator's edit form loads what was saved
  await page.getByRole('link', { name: 'Edytuj wskaźnik' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Edycja wskaźnika: W1 Odsetek zasiedlonych lokali (ilustracyjny)' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Wartość docelowa' }).getByLabel('Rok')).toHaveValue('2030')
  await checkView(page, 'indicator-edit')
  await page.getByLabel('Naturalna granica wartości').fill('100')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(/\/indicators\/\d+$/)

  // a recommendation, from the board
  await page.goto(`${programmeUrl}/recommendations`)
  await page.getByRole('link', { name: 'Nowa rekomendacja' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nowa rekomendacja' })).toBeVisible()
  await page.getByLabel(/^Tytuł/).fill('Mierzyć zasiedlenie odnowionych lokali (e2e)')
  await page.getByLabel(/^Treść/).fill('Dodać do wskaźników produktu wskaźnik rezultatu.')
  await page.getByLabel(/^Priorytet/).selectOption('HIGH')
  await checkView(page, 'recommendation-new')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(/\/programmes\/\d+\/recommendations$/)
  await expect(page.getByRole('heading', { level: 3, name: 'Mierzyć zasiedlenie odnowionych lokali (e2e)' })).toBeVisible()

  // an evaluation, from the programme page
  await page.goto(programmeUrl)
  await page.getByRole('link', { name: 'Nowa ewaluacja' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nowa ewaluacja' })).toBeVisible()
  await page.getByLabel(/^Rodzaj oceny/).selectOption('PERIODIC')
  await page.getByLabel('Data oceny').fill('2026-06-30')
  await page.getByLabel('Autor oceny').fill('Urząd Gminy Testowej (e2e)')
  await page.getByRole('button', { name: 'Dodaj wniosek' }).click()
  const finding = page.getByRole('group', { name: 'Wniosek 1' })
  await finding.getByLabel(/^Tytuł wniosku/).fill('Lokale stoją puste (e2e)')
  await finding.getByLabel(/^Treść wniosku/).fill('Podsumowanie ilustracyjne: brakuje wskaźników rezultatu.')
  await finding.getByLabel('Zadanie SDG 11').selectOption('11.1')
  await checkView(page, 'evaluation-new')
  await page.getByRole('button', { name: 'Zapisz' }).click()

  // the programme page shows all of it
  await expect(page).toHaveURL(programmeUrl)
  await expect(page.getByRole('link', { name: 'W1 Odsetek zasiedlonych lokali (ilustracyjny)' })).toBeVisible()
  const evaluations = page.getByRole('region', { name: 'Ewaluacje' })
  await expect(evaluations.getByRole('heading', { level: 3 })).toHaveText(/ocena okresowa, 30 cze 2026/)
  await expect(evaluations).toContainText('Lokale stoją puste (e2e)')
  await expect(page.getByRole('region', { name: 'Rekomendacje' })).toContainText('zaproponowane: 1')
  await checkView(page, 'programme-authored')

  // the evaluation's edit form, in English
  await evaluations.getByRole('link', { name: /^Edytuj ewaluację/ }).click()
  await page.getByRole('combobox', { name: 'Język' }).selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: /^Edit evaluation: periodic evaluation/ })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Finding 1' }).getByLabel(/^Title of the finding/)).toHaveValue('Lokale stoją puste (e2e)')
  await checkView(page, 'evaluation-edit-en')
  await page.getByLabel('Accepted by').fill('Rada Gminy (e2e)')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(programmeUrl)
  await expect(page.getByRole('region', { name: 'Evaluations' })).toContainText('Rada Gminy (e2e)')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('pl')
})
