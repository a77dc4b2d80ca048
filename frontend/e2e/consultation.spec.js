import { expect, test } from '@playwright/test'
import { checkView, guardConsoleAndRequests, signIn } from './support.js'

// Chromium logs every 4xx answer in the console; the bad date order below is provoked on purpose.
guardConsoleAndRequests([/status of 400/])

test("a resident sees GPR 2030's consultation of 14 Jun – 20 Jul 2022: its duration passes, its forms are unknown", async ({ page, request }) => {
  const programmes = await (await request.get('/api/v1/programmes?municipality=2461011&size=200')).json()
  const gpr = programmes.items.find((p) => p.shortName === 'GPR 2030')
  await page.goto(`/programmes/${gpr.id}/procedure`)
  const section = page.getByRole('region', { name: 'Konsultacje społeczne (art. 6 ustawy o rewitalizacji)' })
  const items = section.locator('ol.consultation-list > li')
  await expect(items).toHaveCount(1)
  await expect(items.nth(0).getByRole('heading', { level: 3 })).toContainText('14 cze 2022')
  await expect(items.nth(0).getByRole('heading', { level: 3 })).toContainText('20 lip 2022')
  await expect(items.nth(0)).toContainText('37')
  const verdicts = items.nth(0).getByRole('list', { name: 'Ocena zgodności konsultacji z art. 6' })
  await expect(verdicts).toContainText('art. 6 ust. 5: spełnione')
  await expect(verdicts).toContainText('art. 6 ust. 4: nierozstrzygnięte')
  await expect(page.getByRole('button', { name: 'Dodaj konsultacje' })).toHaveCount(0)
  await checkView(page, 'consultation-timeline')
})

test('an admin records a consultation: a bad date order shows next to its field, a too-short one is reported, a resident then sees it', async ({ page, request, browser }) => {
  test.setTimeout(120_000) // several views with axe on a shared machine
  const headers = await signIn(request)
  const created = await request.post('/api/v1/programmes', { headers, data: {
    municipality: '2461011', name: `Program konsultacji e2e ${Date.now()} (ilustracyjny)`, shortName: 'GPR e2e konsultacje',
    legalBasis: 'GPR', status: 'IN_FORCE', periodFrom: 2023, periodTo: 2030, published: false
  } })
  expect(created.status()).toBe(201)
  const programme = await created.json()

  await page.goto(`/sign-in?redirect=/programmes/${programme.id}/procedure`)
  await page.getByLabel('Nazwa użytkownika').fill('admin')
  await page.getByLabel('Hasło').fill(process.env.E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await expect(page).toHaveURL(new RegExp(`/programmes/${programme.id}/procedure$`))
  await expect(page.getByText('Nie zapisano żadnych konsultacji społecznych.')).toBeVisible()

  await page.getByRole('button', { name: 'Dodaj konsultacje' }).click()
  const form = page.getByRole('form', { name: 'Dodaj konsultacje' })
  await form.getByLabel('Przedmiot konsultacji').fill('Projekt GPR (ilustracyjny)')
  await form.getByLabel('Data rozpoczęcia').fill('2024-03-01')
  const end = form.getByLabel(/^Data zakończenia/)
  await end.fill('2024-02-20')
  await form.getByLabel('uwagi w postaci elektronicznej').check()
  await form.getByLabel('spotkania', { exact: true }).check()
  await form.getByLabel('spacery studyjne').check()
  await form.getByRole('button', { name: 'Dodaj uwagę' }).click()
  await form.getByLabel(/^Treść uwagi/).fill('Więcej zieleni przy rynku.')
  await form.getByLabel('Odpowiedź miasta').fill('Uwzględniono częściowo.')
  await form.getByLabel('Czy uwzględniono').selectOption('PARTLY_ACCEPTED')
  await form.getByLabel('Źródło').fill('e2e, illustrative')
  await checkView(page, 'consultation-form')
  await form.getByRole('button', { name: 'Zapisz' }).click()
  await expect(end).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#field-consultation-endDate-error')).toContainText('must not be before startDate')
  await expect(form.getByRole('alert')).toContainText('popraw błędy (1)')
  await expect(end).toBeFocused()
  await checkView(page, 'consultation-form-errors')

  // 1 – 20 Mar 2024: 20 days, fewer than the 35 of art. 6 ust. 5 → the compliance verdict says so.
  await end.fill('2024-03-20')
  await form.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page.getByText('Zapisano konsultacje.')).toBeVisible()
  const items = page.locator('ol.consultation-list > li')
  await expect(items).toHaveCount(1)
  await expect(items.nth(0)).toContainText('Projekt GPR (ilustracyjny)')
  const verdicts = items.nth(0).getByRole('list', { name: 'Ocena zgodności konsultacji z art. 6' })
  await expect(verdicts).toContainText('art. 6 ust. 5: niespełnione')
  await expect(verdicts).toContainText('brakuje 15')
  await expect(verdicts).toContainText('art. 6 ust. 4: spełnione')
  await checkView(page, 'consultation-saved')

  // Published, the programme's consultation is on its timeline for residents (a browser without a session).
  const current = await request.get(`/api/v1/programmes/${programme.id}`, { headers })
  const published = await request.patch(`/api/v1/programmes/${programme.id}`, {
    headers: { ...headers, 'If-Match': current.headers().etag, 'Content-Type': 'application/merge-patch+json' },
    data: { published: true }
  })
  expect(published.status()).toBe(200)
  const resident = await browser.newContext()
  try {
    const residentPage = await resident.newPage()
    await residentPage.goto(`/programmes/${programme.id}/procedure`)
    const seen = residentPage.locator('ol.consultation-list > li')
    await expect(seen).toHaveCount(1)
    await expect(seen.nth(0)).toContainText('Projekt GPR (ilustracyjny)')
    await expect(seen.nth(0).getByRole('list', { name: 'Ocena zgodności konsultacji z art. 6' })).toContainText('niespełnione')
    await seen.nth(0).getByText('Uwagi (1) z odpowiedziami miasta').click()
    await expect(seen.nth(0)).toContainText('Więcej zieleni przy rynku.')
    await expect(seen.nth(0)).toContainText('uwzględniono częściowo')
    await expect(residentPage.getByRole('button', { name: 'Dodaj konsultacje' })).toHaveCount(0)
    await checkView(residentPage, 'consultation-resident')
  } finally {
    await resident.close()
  }

  // Leave the demo as it was for the other specs: the consultation and the programme go.
  const list = await (await request.get(`/api/v1/consultations?programme=${programme.id}`, { headers })).json()
  for (const c of list.items) {
    expect((await request.delete(`/api/v1/consultations/${c.id}`, { headers: { ...headers, 'If-Match': `"${c.version}"` } })).status()).toBe(204)
  }
  const latest = await request.get(`/api/v1/programmes/${programme.id}`, { headers })
  expect((await request.delete(`/api/v1/programmes/${programme.id}`, { headers: { ...headers, 'If-Match': latest.headers().etag } })).status()).toBe(204)
})
