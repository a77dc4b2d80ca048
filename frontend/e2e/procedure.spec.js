import { expect, test } from '@playwright/test'
import { checkView, guardConsoleAndRequests, signIn } from './support.js'

// Chromium logs every 4xx answer in the console; the bad date order below is provoked on purpose.
guardConsoleAndRequests([/status of 400/])

test('a resident sees the procedure timeline of GPR 2030 with its two demo steps', async ({ page, request }) => {
  const programmes = await (await request.get('/api/v1/programmes?municipality=2461011&size=200')).json()
  const gpr = programmes.items.find((p) => p.shortName === 'GPR 2030')
  await page.goto(`/programmes/${gpr.id}`)
  await page.getByRole('link', { name: 'Procedura uchwalania programu' }).click()
  await expect(page).toHaveURL(new RegExp(`/programmes/${gpr.id}/procedure$`))
  const steps = page.locator('ol.procedure-timeline > li')
  await expect(steps).toHaveCount(2)
  await expect(steps.nth(0).getByRole('heading', { level: 3 })).toContainText('Wyznaczenie obszaru zdegradowanego i obszaru rewitalizacji')
  await expect(steps.nth(0)).toContainText('art. 8, 11')
  await expect(steps.nth(0)).toContainText('XLVII/1091/2022')
  await expect(steps.nth(0)).toContainText('Dz. Urz. Woj. Śląskiego 2022 poz. 5426')
  await expect(steps.nth(1).getByRole('heading', { level: 3 })).toContainText('Uchwała o przystąpieniu do sporządzenia GPR')
  await expect(steps.nth(1)).toContainText('art. 14')
  await expect(steps.nth(1)).toContainText('XLVIII/1119/2022')
  await expect(page.getByRole('button', { name: 'Dodaj krok procedury' })).toHaveCount(0)
  await checkView(page, 'procedure-timeline')
})

test('a signed-in admin adds a step: a bad date order shows next to its field, the valid step joins the timeline', async ({ page, request }) => {
  test.setTimeout(120_000) // several views with axe on a shared machine
  // a draft programme of this run (not public, so the demo views stay as they are)
  const headers = await signIn(request)
  const created = await request.post('/api/v1/programmes', { headers, data: {
    municipality: '2461011', name: `Program procedury e2e ${Date.now()} (ilustracyjny)`, shortName: 'GPR e2e',
    legalBasis: 'GPR', status: 'IN_FORCE', periodFrom: 2023, periodTo: 2030, published: false
  } })
  expect(created.status()).toBe(201)
  const programme = await created.json()

  await page.goto(`/sign-in?redirect=/programmes/${programme.id}/procedure`)
  await page.getByLabel('Nazwa użytkownika').fill('admin')
  await page.getByLabel('Hasło').fill(process.env.E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await expect(page).toHaveURL(new RegExp(`/programmes/${programme.id}/procedure$`))
  await expect(page.getByText('Nie zapisano żadnych kroków procedury.')).toBeVisible()

  await page.getByRole('button', { name: 'Dodaj krok procedury' }).click()
  const form = page.getByRole('form', { name: 'Dodaj krok procedury' })
  await form.getByLabel(/^Rodzaj kroku/).selectOption('ASSESSMENT')
  await form.getByLabel('Data', { exact: true }).fill('2025-10-15')
  await form.getByLabel('Tytuł dokumentu').fill('Ocena aktualności (ilustracyjna)')
  await form.getByLabel('Źródło').fill('e2e, illustrative')
  const opinion = form.getByLabel('Data opinii Komitetu Rewitalizacji')
  await opinion.fill('2025-10-01')
  await checkView(page, 'procedure-form')
  await form.getByRole('button', { name: 'Zapisz' }).click()
  await expect(opinion).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#field-step-committeeOpinionDate-error')).toContainText('must not be before')
  await expect(form.getByRole('alert')).toContainText('popraw błędy (1)')
  await expect(opinion).toBeFocused()
  await checkView(page, 'procedure-form-errors')

  await opinion.fill('2025-10-20')
  await form.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page.getByText('Zapisano krok procedury.')).toBeVisible()
  const steps = page.locator('ol.procedure-timeline > li')
  await expect(steps).toHaveCount(1)
  await expect(steps.nth(0).getByRole('heading', { level: 3 })).toContainText('Ocena aktualności i stopnia realizacji GPR')
  await expect(steps.nth(0)).toContainText('art. 22')
  await expect(steps.nth(0)).toContainText('Ocena aktualności (ilustracyjna)')
  await checkView(page, 'procedure-timeline-edited')
})

test("a city's home lists what is due under the Act, in words, with its calendar feed", async ({ page, request }) => {
  await page.goto('/municipalities/2461011')
  const due = page.getByRole('region', { name: 'Terminy z ustawy o rewitalizacji' })
  await expect(due.getByRole('listitem').first()).toBeVisible()
  // GPR 2030's adoption is not in the demo's sources: its assessment cannot be dated, and the list says why
  const assessment = due.getByRole('listitem').filter({ hasText: 'ocena programu (art. 22 ust. 1)' })
  await expect(assessment).toContainText('Nie wiadomo (brak danych)')
  await expect(assessment.getByRole('link', { name: 'procedura: GPR 2030' })).toHaveAttribute('href', /\/programmes\/\d+\/procedure$/)
  const feed = await due.getByRole('link', { name: /Subskrybuj terminy/ }).getAttribute('href')
  const calendar = await request.get(feed)
  expect(calendar.status()).toBe(200)
  expect(calendar.headers()['content-type']).toMatch(/^text\/calendar/)
  expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n/)
  await checkView(page, 'municipality-due')
})
