import { expect, test } from '@playwright/test'
import { checkView, guardConsoleAndRequests, signIn } from './support.js'

// Chromium logs every 4xx answer in the console; the bad membership dates below are provoked on purpose.
guardConsoleAndRequests([/status of 400/])

test("an admin records the Revitalisation Committee's member, meeting and opinion on the assessment; a bad date shows next to its field", async ({ page, request }) => {
  test.setTimeout(120_000) // several views with axe on a shared machine
  const headers = await signIn(request)
  const created = await request.post('/api/v1/programmes', { headers, data: {
    municipality: '2461011', name: `Program komitetu e2e ${Date.now()} (ilustracyjny)`, shortName: 'GPR e2e komitet',
    legalBasis: 'GPR', status: 'IN_FORCE', periodFrom: 2023, periodTo: 2030, published: false
  } })
  expect(created.status()).toBe(201)
  const programme = await created.json()
  const step = await request.post('/api/v1/procedure-steps', { headers, data: {
    programmeId: programme.id, kind: 'ASSESSMENT', date: '2025-09-30', source: 'e2e, illustrative'
  } })
  expect(step.status()).toBe(201)
  const assessment = await step.json()

  await page.goto(`/sign-in?redirect=/programmes/${programme.id}/procedure`)
  await page.getByLabel('Nazwa użytkownika').fill('admin')
  await page.getByLabel('Hasło').fill(process.env.E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await expect(page).toHaveURL(new RegExp(`/programmes/${programme.id}/procedure$`))
  const section = page.getByRole('region', { name: 'Komitet Rewitalizacji (art. 7 ustawy o rewitalizacji)' })
  await expect(section.getByText('Nie zapisano Komitetu Rewitalizacji tego programu.')).toBeVisible()

  // A member whose membership ends before it starts: the API's error is shown next to "Członek do".
  await section.getByRole('button', { name: 'Dodaj członka Komitetu' }).click()
  const member = section.getByRole('form', { name: 'Dodaj członka Komitetu' })
  await member.getByLabel(/^Imię i nazwisko/).fill('Anna Nowak (ilustracyjnie)')
  await member.getByLabel(/^Kogo reprezentuje/).selectOption('RESIDENTS')
  await member.getByLabel('Członek od').fill('2024-01-01')
  const end = member.getByLabel('Członek do')
  await end.fill('2023-12-31')
  await checkView(page, 'committee-member-form')
  await member.getByRole('button', { name: 'Zapisz' }).click()
  await expect(end).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#field-committee-members-0-endDate-error')).toContainText('must not be before startDate')
  await expect(member.getByRole('alert')).toContainText('popraw błędy (1)')
  await expect(end).toBeFocused()
  await checkView(page, 'committee-member-errors')
  await end.fill('')
  await member.getByRole('button', { name: 'Zapisz' }).click()
  await expect(section.getByText('Zapisano członka Komitetu.')).toBeVisible()
  await expect(section.locator('ul.committee-members > li')).toContainText(['Anna Nowak (ilustracyjnie) — mieszkańcy'])

  await section.getByRole('button', { name: 'Dodaj posiedzenie Komitetu' }).click()
  const meeting = section.getByRole('form', { name: 'Dodaj posiedzenie Komitetu' })
  await meeting.getByLabel(/^Data posiedzenia/).fill('2025-10-10')
  await meeting.getByLabel('Porządek obrad').fill('Opinia o ocenie GPR.')
  await meeting.getByLabel('Oznaczenie protokołu').fill('Protokół nr 1/2025')
  await meeting.getByRole('button', { name: 'Zapisz' }).click()
  await expect(section.getByText('Zapisano posiedzenie Komitetu.')).toBeVisible()
  await expect(section.locator('ul.committee-meetings > li')).toContainText(['Opinia o ocenie GPR.'])

  // The opinion on the assessment step: the compliance record of art. 22 ust. 2 then has the committee's opinion.
  await section.getByRole('button', { name: 'Dodaj opinię Komitetu' }).click()
  const opinion = section.getByRole('form', { name: 'Dodaj opinię Komitetu' })
  await opinion.getByLabel('Data opinii').fill('2025-10-15')
  await opinion.getByLabel(/^Przedmiot opinii/).fill('Ocena aktualności GPR (ilustracyjnie)')
  await opinion.getByLabel('Krok procedury, którego dotyczy').selectOption(String(assessment.id))
  await opinion.getByLabel('Stanowisko').selectOption('WITH_REMARKS')
  await opinion.getByRole('button', { name: 'Zapisz' }).click()
  await expect(section.getByText('Zapisano opinię Komitetu.')).toBeVisible()
  const saved = section.locator('ul.committee-opinions > li')
  await expect(saved).toContainText(['z uwagami'])
  await expect(saved).toContainText(['Dotyczy kroku procedury: Ocena aktualności i stopnia realizacji GPR'])
  await checkView(page, 'committee-saved')

  // A meeting recorded by mistake goes with its "Usuń" button (the committee is replaced without it).
  await section.getByRole('button', { name: /^Usuń: .*2025/ }).click()
  await expect(section.getByText(/^Usunięto: /)).toBeVisible()
  await expect(section.getByText('Nie zapisano posiedzeń.')).toBeVisible()
  await expect(section.locator('ul.committee-members > li')).toHaveCount(1)

  const report = await (await request.get(`/api/v1/programmes/${programme.id}/compliance`, { headers })).json()
  const record = report.checks.find((c) => c.id === 'ART_22_ASSESSMENT_RECORD')
  expect(record.missing).not.toContain(`procedureSteps[${assessment.id}].committeeOpinion`)

  // Leave the demo as it was for the other specs: the committee, the step and the programme go.
  const list = await (await request.get(`/api/v1/committees?programme=${programme.id}`, { headers })).json()
  for (const c of list.items) {
    expect((await request.delete(`/api/v1/committees/${c.id}`, { headers: { ...headers, 'If-Match': `"${c.version}"` } })).status()).toBe(204)
  }
  expect((await request.delete(`/api/v1/procedure-steps/${assessment.id}`, { headers: { ...headers, 'If-Match': `"${assessment.version}"` } })).status()).toBe(204)
  const latest = await request.get(`/api/v1/programmes/${programme.id}`, { headers })
  expect((await request.delete(`/api/v1/programmes/${programme.id}`, { headers: { ...headers, 'If-Match': latest.headers().etag } })).status()).toBe(204)
})

test("GPR 2030's due list on Bielsko-Biała's home names the summary of its 2022 consultation, whose publication is not recorded", async ({ page }) => {
  await page.goto('/municipalities/2461011')
  const due = page.getByRole('region', { name: 'Terminy z ustawy o rewitalizacji' })
  const summary = due.getByRole('listitem').filter({ hasText: 'publikacja podsumowania konsultacji (art. 6)' })
  await expect(summary).toHaveCount(1)
  await expect(summary).toContainText('Po terminie')
  await expect(summary).toContainText('19 sie 2022') // 20 Jul 2022 + 30 days
  await checkView(page, 'committee-due-summary')
})
