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
  let consoleErrors = []
  let outsideRequests = []
  test.beforeEach(async ({ page, baseURL }) => {
    consoleErrors = []
    outsideRequests = []
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
  })
  test.afterEach(() => {
    expect(consoleErrors).toEqual([])
    expect(outsideRequests).toEqual([])
  })
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
