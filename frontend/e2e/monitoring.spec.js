import { expect, test } from '@playwright/test'
import { checkView, guardConsoleAndRequests, signIn } from './support.js'

// Chromium logs every 4xx answer in the console; the progress over 100 below is provoked on purpose.
guardConsoleAndRequests([/status of 400/])

// The figures are this spec's own and illustrative: no public source gives a real programme's monitoring, so the
// demo holds none. The programme is a draft of this run, so the demo's public views stay as they are.
test('an admin records a project\'s year; the monitoring shows planned, actual and execution, and the dossier downloads', async ({ page, request }) => {
  test.setTimeout(120_000) // several views with axe on a shared machine
  const headers = await signIn(request)
  const programme = await (await request.post('/api/v1/programmes', { headers, data: {
    municipality: '2461011', name: `Program monitorowania e2e ${Date.now()} (ilustracyjny)`, shortName: 'GPR mon e2e',
    legalBasis: 'GPR', status: 'IN_FORCE', periodFrom: 2022, periodTo: 2030, published: false
  } })).json()
  const project = await (await request.post('/api/v1/projects', { headers, data: {
    programmeId: programme.id, kind: 'BASIC', title: 'Rewitalizacja placu (ilustracyjny)', status: 'IMPLEMENTATION'
  } })).json()
  expect(project.id).toBeTruthy()

  await page.goto(`/sign-in?redirect=/programmes/${programme.id}/monitoring?year=2024`)
  await page.getByLabel('Nazwa użytkownika').fill('admin')
  await page.getByLabel('Hasło').fill(process.env.E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Monitorowanie: GPR mon e2e, 2024 r.')
  const row = page.getByRole('row').filter({ hasText: 'Rewitalizacja placu (ilustracyjny)' })
  await expect(row.getByRole('cell').filter({ hasText: 'nie odnotowano' })).toHaveCount(4)
  await checkView(page, 'monitoring-empty')

  await row.getByRole('button', { name: /Zapisz rok 2024/ }).click()
  const form = page.getByRole('form', { name: /Monitorowanie 2024 r\./ })
  const progress = form.getByLabel(/^Postęp rzeczowy/)
  await progress.fill('140')
  await form.getByLabel('Źródło finansowania').fill('Unia Europejska – EFRR')
  await form.getByLabel('Plan', { exact: true }).fill('100 000,00')
  await form.getByLabel('Wykonanie', { exact: true }).fill('80 000,00')
  await form.getByLabel('Źródło danych').fill('e2e, dane ilustracyjne')
  await checkView(page, 'monitoring-form')
  await form.getByRole('button', { name: 'Zapisz' }).click()
  await expect(progress).toHaveAttribute('aria-invalid', 'true')
  await expect(progress).toBeFocused()
  await progress.fill('40')
  await form.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page.getByText('Zapisano monitorowanie projektu.')).toBeVisible()
  // 80,000.00 ÷ 100,000.00 = 80%
  await expect(row.getByRole('cell').nth(0)).toHaveText('40%')
  await expect(row.getByRole('cell').nth(1)).toHaveText(/100\s000,00\szł/)
  await expect(row.getByRole('cell').nth(2)).toHaveText(/80\s000,00\szł/)
  await expect(row.getByRole('cell').nth(3)).toHaveText('80%')
  await expect(row).toContainText('dane ilustracyjne')
  await checkView(page, 'monitoring-recorded')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Pobierz: Markdown' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`ocena-art22-program-${programme.id}-2024-pl.md`)
  const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8')
  expect(text).toContain('| Rewitalizacja placu (ilustracyjny) | w realizacji | 40% | 100 000,00 PLN | 80 000,00 PLN | 80% |')
  await expect(page.getByText('Pobrano.')).toBeVisible()
})
