import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { dumpDatabase } from '../support/temp-journal'
import { axe, test, expect, seedJournal, type Journal } from './harness'

const BANNER = 'You are looking at sample data. Nothing here is yours.'

const checkinCount = (journal: Journal) =>
  journal.running.db().prepare('SELECT COUNT(*) FROM checkins').pluck().get() as number

test.describe('First run and sample data', () => {
  test('sample data opens separately, is labelled everywhere, and leaves the real journal empty', async ({
    page,
    journal,
  }) => {
    const before = dumpDatabase(journal.running.db())
    await journal.open()
    const welcome = page.getByRole('region', { name: 'Welcome to Pain Journal' })
    await expect(welcome).toContainText('stays on this computer')
    await welcome.getByRole('button', { name: 'Explore with sample data' }).click()

    const banner = page.getByRole('region', { name: 'Sample data' })
    await expect(banner).toHaveText(new RegExp(BANNER.replace('.', '\\.')))
    await expect(welcome).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
    expect(checkinCount(journal)).toBeGreaterThan(300)
    const info = await journal.running.router.handle('app:info', undefined)
    expect(info).toMatchObject({ ok: true, value: { journal: 'sample' } })

    // Scrolled to the bottom of a long screen, the banner is still in view at the top.
    await page.mouse.wheel(0, 5000)
    await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(300)
    const box = await banner.boundingBox()
    expect(box?.y).toBeGreaterThanOrEqual(0)
    expect(box?.y).toBeLessThan(5)
    await page.mouse.wheel(0, -5000)

    for (const screen of ['History', 'Trends', 'Report', 'Settings']) {
      await page
        .getByRole('navigation', { name: 'Screens' })
        .getByRole('link', { name: new RegExp(`^${screen}`) })
        .click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${screen}`))
      await expect(banner).toContainText('Nothing here is yours.')
    }

    await banner.getByRole('button', { name: 'Back to my journal' }).click()
    await expect(banner).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
    expect(checkinCount(journal)).toBe(0)
    expect(dumpDatabase(journal.running.db())).toEqual(before)

    // The real journal is still empty, so the welcome is still there on Today.
    await page.getByRole('link', { name: /^Today/ }).click()
    await expect(welcome).toBeVisible()
  })

  test('hiding the welcome keeps it hidden', async ({ page, journal }) => {
    await journal.open()
    const welcome = page.getByRole('region', { name: 'Welcome to Pain Journal' })
    await welcome.getByRole('button', { name: 'Hide this welcome' }).click()
    await expect(welcome).toHaveCount(0)
    await journal.open()
    await expect(page.getByText('Nothing recorded today yet.')).toBeVisible()
    await expect(welcome).toHaveCount(0)
    const settings = await journal.running.router.handle('settings:get', undefined)
    expect(settings).toMatchObject({ ok: true, value: { welcomeDismissed: true } })
  })

  test('the welcome goes as soon as the first check-in is saved', async ({ page, journal }) => {
    await journal.open()
    const welcome = page.getByRole('region', { name: 'Welcome to Pain Journal' })
    await expect(welcome).toBeVisible()
    await page.getByRole('radio', { name: /^4 —/ }).check()
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('list', { name: 'Check-ins today' })).toBeVisible()
    // Still on Today, without changing screen or reloading.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
    await expect(welcome).toHaveCount(0)
    expect(checkinCount(journal)).toBe(1)
  })

  test('a journal with check-ins shows no welcome', async ({ page, journal }) => {
    seedJournal(journal, aYearOfCheckins({ seed: 7, endDay: FIXTURE_END_DAY }))
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
    await journal.open()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
    await expect(page.getByRole('list', { name: 'Check-ins today' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Welcome to Pain Journal' })).toHaveCount(0)
  })
})

test('welcome and sample-banner screenshots, light and dark, at two window sizes', async ({
  page,
  journal,
}) => {
  const sizes = [
    [1280, 800],
    [1024, 700],
  ] as const
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height })
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await journal.open()
      await expect(page.getByRole('region', { name: 'Welcome to Pain Journal' })).toBeVisible()
      await journal.screenshot(`welcome-${width}x${height}-${theme}`)
    }
  }
  await page.getByRole('button', { name: 'Explore with sample data' }).click()
  const banner = page.getByRole('region', { name: 'Sample data' })
  await expect(banner).toBeVisible()
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height })
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await journal.open()
      await expect(banner).toBeVisible()
      await journal.screenshot(`sample-today-${width}x${height}-${theme}`)
    }
  }
  await journal.open('#history')
  await expect(banner).toBeVisible()
  await journal.screenshot('sample-history-1024x700-dark')
})

test('the welcome and the sample banner have no accessibility violations axe can find', async ({
  page,
  journal,
}) => {
  await journal.open()
  await expect(page.getByRole('region', { name: 'Welcome to Pain Journal' })).toBeVisible()
  // Only what this feature adds: the screens below it are tested by their own specs.
  let results = await axe(page).include('.welcome').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await page.getByRole('button', { name: 'Explore with sample data' }).click()
  await expect(page.getByRole('region', { name: 'Sample data' })).toBeVisible()
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    results = await axe(page).include('.sample-banner').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  }
})
