import { expect, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

// Every view is checked with axe (WCAG 2.1 A/AA) and kept as a screenshot artifact.
async function checkView(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await page.screenshot({ path: `e2e-artifacts/${name}.png`, fullPage: true })
}

// No errors in the browser console, on any view.
let consoleErrors = []
test.beforeEach(async ({ page }) => {
  consoleErrors = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} at ${message.location().url}`)
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
})
test.afterEach(() => expect(consoleErrors).toEqual([]))

test('a resident browses Bielsko-Biała: programme lineage, key figures and a programme', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Bielsko-Biała' })).toBeVisible()
  const lineage = page.getByRole('region', { name: 'Programy rewitalizacji' }).getByRole('link')
  await expect(lineage).toHaveText(['PROM 2007–2013', 'PROM 2014–2021', 'GPR 2030'])
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

  await rows.first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nowa Starówka')
  await expect(page.getByRole('cell', { name: /6 380 223,26 zł/ })).toBeVisible()
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

test('an indicator shows its series and marks illustrative figures', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'PROM 2014–2021' }).click()
  await page.getByRole('region', { name: 'Wskaźniki' }).getByRole('link', { name: /W2/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('W2')
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5)
  await expect(page.getByText('dane ilustracyjne, nie oficjalne').first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Postęp: ograniczony postęp' })).toBeVisible()
  await expect(page.getByRole('region', { name: /Postęp/ })).toContainText('CAGR')
  await checkView(page, 'indicator')
})
