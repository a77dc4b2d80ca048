// End-to-end tests: Debian's Chromium drives the SPA served by the real, packaged backend
// (built by `./mvnw package`) on a fresh embedded PostgreSQL with the demo data.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

const port = process.env.E2E_PORT ?? '18080'
const dataDir = mkdtempSync(join(tmpdir(), 'odnowa-e2e-'))
// The superadmin of the throw-away database; the specs sign in with it to write test data.
process.env.E2E_ADMIN_PASSWORD ??= 'e2e-admin-password'

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e-artifacts/results',
  timeout: 60_000, // the machine is shared: a view with axe can take 20 s under load
  // An assertion waits up to 15 s (Playwright's default is 5 s): on a loaded machine an answer to a save can take
  // longer, and an assertion read before it arrives fails although the view is right (consultation.spec.js once did).
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
    }
  },
  webServer: {
    command: 'java -jar ../backend/target/quarkus-app/quarkus-run.jar',
    url: `http://127.0.0.1:${port}/q/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { QUARKUS_HTTP_PORT: port, ODNOWA_EMBEDDED_DB_DATA_DIR: dataDir, ODNOWA_ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD }
  }
})
