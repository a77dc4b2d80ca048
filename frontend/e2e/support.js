// Shared by the specs: axe and a screenshot per view, the console and outside-request guards, API sign-in.
import { expect, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

// Every view is checked with axe (WCAG 2.1 A/AA) and kept as a screenshot artifact.
export async function checkView(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await page.screenshot({ path: `e2e-artifacts/${name}.png`, fullPage: true })
}

/**
 * No errors in the browser console, on any view; no request leaves the application (map tiles are off by default).
 * `expected` lists console errors a spec provokes on purpose (Chromium logs every 4xx answer as one).
 */
export function guardConsoleAndRequests(expected = []) {
  let watched = null
  test.beforeEach(async ({ page, baseURL }) => { watched = watchConsoleAndRequests(page, baseURL, expected) })
  test.afterEach(() => watched.check())
}

/**
 * The guards of guardConsoleAndRequests on one page (for a page of a second browser context, too): collects from
 * now on; check() expects nothing collected.
 */
export function watchConsoleAndRequests(page, baseURL, expected = []) {
  const consoleErrors = []
  const outsideRequests = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected.some((pattern) => pattern.test(message.text()))) {
      consoleErrors.push(`${message.text()} at ${message.location().url}`)
    }
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  page.on('request', (request) => {
    const url = request.url()
    if (/^https?:/.test(url) && new URL(url).origin !== new URL(baseURL).origin) outsideRequests.push(url)
  })
  return {
    check() {
      expect(consoleErrors).toEqual([])
      expect(outsideRequests).toEqual([])
    }
  }
}

/** Authorization headers of the throw-away database's superadmin, for writing test data through the API. */
export async function signIn(request) {
  const response = await request.post('/api/v1/auth/token', { data: { username: 'admin', password: process.env.E2E_ADMIN_PASSWORD } })
  expect(response.status()).toBe(200)
  return { Authorization: `Bearer ${(await response.json()).accessToken}` }
}

/** checkView at the desktop width (1280 px) and at a phone's (390 px, saved as `<name>-390`), then back to 1280. */
export async function checkViewAtWidths(page, name) {
  await checkView(page, name)
  await page.setViewportSize({ width: 390, height: 844 })
  await checkView(page, `${name}-390`)
  await page.setViewportSize({ width: 1280, height: 720 })
}

/** Signs in through the sign-in view (in Polish) and waits for the session menu. */
export async function signInAs(page, username, password = process.env.E2E_ADMIN_PASSWORD) {
  await page.goto('/sign-in')
  await page.getByLabel('Nazwa użytkownika').fill(username)
  await page.getByLabel('Hasło').fill(password)
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  // checking a password hash is slow on purpose: on a loaded machine the first sign-in may take more than 5 s
  await expect(page.getByRole('button', { name: 'Wyloguj się' })).toBeVisible({ timeout: 20_000 })
}

/** The language switch in the header: its label is in the language shown now. */
export async function switchLanguage(page, language) {
  await page.getByRole('combobox', { name: language === 'en' ? 'Język' : 'Language' }).selectOption(language)
  await expect(page.locator('html')).toHaveAttribute('lang', language)
}

/**
 * The view in English: the language switch turns its main heading into `heading` (string or RegExp), axe passes
 * (saved as `<name>-en`), and the view goes back to Polish.
 */
export async function checkInEnglish(page, name, heading) {
  await switchLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await checkView(page, `${name}-en`)
  await switchLanguage(page, 'pl')
}

/** The error summary of a form that the API refused ("Nie zapisano …"). */
export const errorSummary = (page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /Nie zapisano/ }) })

/** The 412 box of a form: someone else saved in between. */
export const conflictBox = (page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Ktoś inny zapisał zmiany w międzyczasie' }) })

/** Clicks the map region at fractions of its size ([[x, y], ...]), e.g. to draw a polygon's vertices with leaflet-geoman. */
export async function clickMapAt(page, map, points) {
  await map.scrollIntoViewIfNeeded()
  const box = await map.boundingBox()
  for (const [x, y] of points) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y)
    await page.mouse.click(box.x + box.width * x, box.y + box.height * y)
  }
}

/**
 * Fills labelled fields of `scope` (a page or a locator): { Nazwa: 'x', Rodzaj: 'RESULT', Opublikowany: true }. A label
 * matches with or without its required mark (" *"); a select gets the option of that value, a checkbox is (un)checked.
 */
export async function fillFields(scope, fields) {
  for (const [label, value] of Object.entries(fields)) {
    const field = scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`))
    const kind = await field.evaluate((element) => (element.tagName === 'SELECT' ? 'select' : element.type), null, { timeout: 15_000 })
    if (kind === 'select') await field.selectOption(value)
    else if (kind === 'checkbox') await field.setChecked(value)
    else await field.fill(value)
  }
}

/** A CSV file for setInputFiles: lines joined with CRLF, as spreadsheets write them. */
export const csvUpload = (lines, name = 'projekty.csv') => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) })
