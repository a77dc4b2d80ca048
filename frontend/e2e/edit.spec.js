import { expect, test } from '@playwright/test'
import { checkView, guardConsoleAndRequests, signIn, signInAs } from './support.js'

// Chromium logs every 4xx answer in the console; these are the ones this spec provokes on purpose.
guardConsoleAndRequests([/status of 40[01]/, /status of 412/])

/** A draft project of PROM 2014–2021 (Bielsko-Biała) with two funding sources, unique to this run. */
async function createDraftProject(request, headers) {
  const programmes = await (await request.get('/api/v1/programmes?municipality=2461011&size=200')).json()
  const programme = programmes.items.find((p) => p.shortName === 'PROM 2014–2021')
  const response = await request.post('/api/v1/projects', { headers, data: {
    programmeId: programme.id, kind: 'BASIC', status: 'IMPLEMENTATION', title: `Skwer testowy e2e ${Date.now()}`,
    totalCost: '1000000.00', eligibleCost: '800000.00', published: false,
    fundingSources: [
      { source: 'Unia Europejska', fund: 'EFRR', instrument: 'GRANT', amount: '600000.00' },
      { source: 'Gmina Bielsko-Biała', instrument: 'OWN', amount: '200000.00' }
    ]
  } })
  expect(response.status()).toBe(201)
  return response.json()
}

test('an editor signs in, edits a project, fixes a field error and resolves a conflict by re-applying', async ({ page, request }) => {
  test.setTimeout(120_000) // several views with axe on a shared machine
  const headers = await signIn(request)
  const project = await createDraftProject(request, headers)

  // an edit form asks anonymous users to sign in first, and brings them back afterwards
  await page.goto(`/projects/${project.id}/edit`)
  await expect(page).toHaveURL(/\/sign-in\?redirect=/)
  await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible()
  await page.getByLabel('Nazwa użytkownika').fill('admin')
  await page.getByLabel('Hasło').fill('not-the-password')
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await expect(page.getByRole('alert')).toHaveText('Nieprawidłowa nazwa użytkownika lub hasło.')
  await checkView(page, 'sign-in-error')

  await page.getByLabel('Hasło').fill(process.env.E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Zaloguj się' }).click()
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/edit$`))
  await expect(page.getByRole('banner')).toContainText(/Zalogowano:\s*admin\s*\(superadministrator/)
  expect(await page.evaluate(() => Object.keys(localStorage).some((k) => localStorage.getItem(k).includes('eyJ')))).toBe(false)
  expect(await page.evaluate(() => sessionStorage.getItem('odnowa.session'))).toContain('"username":"admin"')

  // the project page marks the draft and offers the edit button to the signed-in superadmin
  await page.getByRole('link', { name: 'Anuluj' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(project.title)
  await expect(page.getByRole('heading', { level: 1 }).getByText('szkic')).toBeVisible()
  await page.getByRole('link', { name: 'Edytuj projekt' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Edycja projektu: ${project.title}` })).toBeVisible()

  // eligible cost above the total cost: the API names eligibleCost, the form shows it next to that field
  const eligible = page.getByLabel('Koszty kwalifikowalne')
  await eligible.fill('1200000')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /Nie zapisano/ }) })
  await expect(summary).toBeVisible()
  await expect(eligible).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#field-eligibleCost-error')).toContainText('totalCost')
  await expect(eligible).toHaveAttribute('aria-describedby', /field-eligibleCost-error/)
  await checkView(page, 'project-edit-errors')
  await summary.getByRole('link', { name: /^Koszty kwalifikowalne/ }).click()
  await expect(eligible).toBeFocused()

  // fixed, with one more funding source, and saved
  await eligible.fill('900000,00')
  await expect(page.locator('#field-eligibleCost-hint')).toHaveText(/Odczytano: 900\s000,00\szł/)
  await page.getByRole('button', { name: 'Dodaj źródło finansowania' }).click()
  const third = page.getByRole('group', { name: 'Źródło finansowania 3' })
  await third.getByLabel(/^Źródło/).fill('WFOŚiGW w Katowicach')
  await third.getByLabel('Instrument').selectOption('LOAN')
  await third.getByLabel(/^Kwota/).fill('100000')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`))
  await expect(page.getByRole('cell', { name: /100 000,00 zł/ })).toBeVisible()

  // someone else changes the project after the form loaded: saving answers 412, re-applying keeps both changes
  await page.getByRole('link', { name: 'Edytuj projekt' }).click()
  const title = page.getByLabel(/^Tytuł/)
  await expect(title).toHaveValue(project.title)
  await title.fill(`${project.title} (poprawiony)`)
  const current = await request.get(`/api/v1/projects/${project.id}`, { headers })
  const other = await request.patch(`/api/v1/projects/${project.id}`, {
    headers: { ...headers, 'If-Match': current.headers().etag, 'Content-Type': 'application/merge-patch+json' },
    data: JSON.stringify({ status: 'COMPLETION' })
  })
  expect(other.status()).toBe(200)
  await page.getByRole('button', { name: 'Zapisz' }).click()
  const conflict = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Ktoś inny zapisał zmiany w międzyczasie' }) })
  await expect(conflict).toBeVisible()
  await checkView(page, 'project-edit-conflict')
  await conflict.getByRole('button', { name: 'Nanieś moje zmiany na bieżącą wersję' }).click()
  await expect(conflict).toBeHidden()
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('COMPLETION')
  await expect(title).toHaveValue(`${project.title} (poprawiony)`)

  // the language switch turns the form into English, formatting included
  await page.getByRole('combobox', { name: 'Język' }).selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: `Edit project: ${project.title}` })).toBeVisible()
  await expect(page.locator('#field-totalCost-hint')).toHaveText('Reads as: PLN 1,000,000.00')
  await checkView(page, 'project-edit-en')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(poprawiony)')
  // Intl puts a no-break space after PLN
  await expect(page.getByText(/basic · completed · PLN\s1,000,000\.00/)).toBeVisible()

  // signing out ends the session: the edit form asks to sign in again
  // (signing out reloads the page: wait for that load, or the check below may run in the page being replaced)
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign out' }).click()])
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(await page.evaluate(() => sessionStorage.getItem('odnowa.session'))).toBeNull()
  await page.goto(`/projects/${project.id}/edit`)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
})

test('unsaved changes are not lost on navigation, and the sign-in view passes axe in English', async ({ page, request }) => {
  const headers = await signIn(request)
  const project = await createDraftProject(request, headers)
  await page.goto('/sign-in')
  await page.getByRole('combobox', { name: 'Język' }).selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await checkView(page, 'sign-in-en')
  await page.getByLabel('Username').fill('admin')
  await page.getByLabel('Password').fill(process.env.E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()

  await page.goto(`/projects/${project.id}/edit`)
  await page.getByLabel(/^Title/).fill('Not saved yet')
  page.once('dialog', (dialog) => dialog.dismiss())
  await page.getByRole('link', { name: 'Projects' }).click()
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/edit$`))
  await expect(page.getByLabel(/^Title/)).toHaveValue('Not saved yet')
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('link', { name: 'Projects' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible()
})

test('an editor adds a yearly value of an indicator, moves a recommendation on, and edits a programme', async ({ page, request }) => {
  test.setTimeout(120_000)
  const headers = await signIn(request)
  const programmes = await (await request.get('/api/v1/programmes?municipality=2461011&size=200')).json()
  const prom2007 = programmes.items.find((p) => p.shortName === 'PROM 2007–2013')
  const prom2014 = programmes.items.find((p) => p.shortName === 'PROM 2014–2021')
  const indicators = await (await request.get(`/api/v1/indicators?programme=${prom2014.id}&size=200`)).json()
  const indicator = indicators.items.find((i) => i.code !== 'W2') // the browsing spec counts W2's rows
  const observations = await (await request.get(`/api/v1/indicators/${indicator.id}/observations?size=200`)).json()
  const year = Math.max(2024, ...observations.items.map((o) => o.period)) + 1
  const created = await request.post('/api/v1/recommendations', { headers, data: {
    programmeId: prom2007.id, title: `Rekomendacja testowa e2e ${Date.now()}`, text: 'Tekst testowy.', priority: 'LOW'
  } })
  expect(created.status()).toBe(201)
  const recommendation = await created.json()
  await signInAs(page, 'admin')

  // a yearly value, typed with a decimal comma
  await page.goto(`/indicators/${indicator.id}`)
  await page.getByRole('link', { name: 'Dodaj wartość roczną' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Nowa wartość wskaźnika/ })).toBeVisible()
  await page.getByLabel(/^Rok/).fill(String(year))
  await page.getByLabel(/^Wartość/).fill('12,5')
  await page.getByLabel('Źródło').fill('e2e')
  await checkView(page, 'observation-new')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(new RegExp(`/indicators/${indicator.id}$`))
  const row = page.getByRole('row').filter({ hasText: String(year) })
  await expect(row).toContainText('12,5')
  await row.getByRole('link', { name: `Edytuj wartość z roku ${year}` }).click()
  await page.getByLabel(/^Wartość/).fill('13')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page.getByRole('row').filter({ hasText: String(year) })).toContainText('13')

  // a recommendation moves from proposed to accepted on the board
  await page.goto(`/programmes/${prom2007.id}/recommendations`)
  await page.getByRole('link', { name: `Edytuj rekomendację: ${recommendation.title}` }).click()
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('PROPOSED')
  await page.getByLabel('Status', { exact: true }).selectOption('ACCEPTED')
  await page.getByLabel('Uzasadnienie statusu').fill('Przyjęta w teście e2e')
  await checkView(page, 'recommendation-edit')
  await page.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page).toHaveURL(new RegExp(`/programmes/${prom2007.id}/recommendations$`))
  await expect(page.getByRole('region', { name: /^przyjęte/ })).toContainText(recommendation.title)

  // the programme form opens with the saved values
  await page.goto(`/programmes/${prom2007.id}`)
  await page.getByRole('link', { name: 'Edytuj program' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Edycja programu/ })).toBeVisible()
  expect(await page.getByLabel('Opublikowany (widoczny dla wszystkich)').isChecked()).toBe(prom2007.published)
  await checkView(page, 'programme-edit')
  await page.getByRole('link', { name: 'Anuluj' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2007')
})

test('an editor moves recommendations on the board by keyboard and by dragging, never past the workflow', async ({ page, request }) => {
  test.setTimeout(120_000)
  const headers = await signIn(request)
  const programmes = await (await request.get('/api/v1/programmes?municipality=2461011&size=200')).json()
  const prom2007 = programmes.items.find((p) => p.shortName === 'PROM 2007–2013')
  const create = async (title, status) => {
    const response = await request.post('/api/v1/recommendations', { headers, data: {
      programmeId: prom2007.id, title: `${title} ${Date.now()}`, text: 'Tekst testowy.', priority: 'MEDIUM', status } })
    expect(response.status()).toBe(201)
    return response.json()
  }
  const inProgress = await create('W realizacji e2e', 'IN_PROGRESS')
  const proposed = await create('Propozycja e2e', 'PROPOSED')
  await signInAs(page, 'admin')
  await page.goto(`/programmes/${prom2007.id}/recommendations`)
  const column = (name) => page.getByRole('region', { name: new RegExp(`^${name} \\(`) })

  // by keyboard: Enter on the card's "Move to" button moves it, and focus follows the card to its new column
  const toImplemented = page.getByRole('button', { name: `Przenieś „${inProgress.title}” do: wdrożone` })
  await toImplemented.focus()
  await page.keyboard.press('Enter')
  await expect(column('wdrożone')).toContainText(inProgress.title)
  await expect(column('wdrożone').getByRole('heading', { level: 3, name: inProgress.title })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Przeniesiono' })).toHaveText(`Przeniesiono „${inProgress.title}” do: wdrożone.`)
  const stored = await (await request.get(`/api/v1/recommendations/${inProgress.id}`, { headers })).json()
  expect(stored.status).toBe('IMPLEMENTED')

  // by mouse: a proposal dropped on "in progress" is refused (it must be accepted first); dropped on "accepted" it moves
  const card = column('zaproponowane').getByRole('listitem').filter({ hasText: proposed.title })
  await card.dragTo(column('w realizacji'))
  await expect(page.getByRole('alert')).toContainText('Z „zaproponowane” nie można przenieść do „w realizacji”')
  await card.dragTo(column('przyjęte'))
  await expect(column('przyjęte')).toContainText(proposed.title)
  await checkView(page, 'recommendations-board-editor')
})
