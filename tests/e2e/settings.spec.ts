import type { Page } from '@playwright/test'
import { SETTINGS_SECTIONS } from '../../src/renderer/src/places'
import { DEFAULT_EPISODE_RULES } from '../../src/shared/episodes'
import { MEDICINE_DISCLAIMER } from '../../src/shared/catalog'
import { axe, test, expect, type Journal } from './harness'

async function call<T>(journal: Journal, channel: string, payload?: unknown): Promise<T> {
  const result = await journal.running.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`)
  return result.value as T
}

interface Catalog {
  triggers: { id: number; name: string; archived: boolean }[]
  remedies: { id: number; key: string | null; name: string; archived: boolean }[]
  limits: { remedyId: number; dailyLimitMg: number }[]
}
interface SettingsValue {
  dayStartHour: number
  theme: string
  episodeRules: Record<string, number>
  welcomeDismissed: boolean
}

function rule(page: Page, label: string) {
  return page.getByRole('spinbutton', { name: label, exact: true })
}

test.describe('Settings: catalogs', () => {
  test('adding and archiving a custom trigger keeps old check-ins readable', async ({
    page,
    journal,
  }) => {
    await journal.open('#settings/triggers')
    const triggers = page.getByRole('list', { name: 'Triggers', exact: true })
    await page.getByLabel('Add your own trigger').fill('Gardening')
    await page.getByRole('button', { name: 'Add trigger' }).click()
    await expect(triggers.getByText('Gardening', { exact: true })).toBeVisible()
    await expect(page.getByText('Added “Gardening”.')).toBeVisible()

    // A duplicate, in any case, adds nothing: the entry already called that is offered instead.
    await page.getByLabel('Add your own trigger').fill('gardening')
    await page.getByRole('button', { name: 'Add trigger' }).click()
    await expect(page.getByRole('alert')).toHaveText(
      'You already have a trigger called “Gardening”.',
    )
    await expect(page.getByRole('button', { name: 'Go to “Gardening”' })).toBeFocused()

    const added = (await call<Catalog>(journal, 'catalog:get')).triggers.find(
      (t) => t.name === 'Gardening',
    )
    expect(added).toMatchObject({ archived: false })
    const id = added?.id ?? 0
    await call(journal, 'checkins:save', {
      at: '2026-02-20T18:00:00+00:00',
      pain: 6,
      triggerIds: [id],
    })

    await page.getByRole('button', { name: 'Archive Gardening' }).click()
    const archived = page.getByRole('list', { name: 'Archived triggers' })
    await expect(archived.getByText('Gardening', { exact: true })).toBeVisible()
    await expect(triggers.getByText('Gardening', { exact: true })).toHaveCount(0)
    await expect(page.getByText('Archived “Gardening”.')).toBeVisible()
    // Keyboard focus follows the entry to its new place.
    await expect(page.getByRole('button', { name: 'Bring back Gardening' })).toBeFocused()

    // The stored check-in still points at the entry, which still has its name.
    const catalog = await call<Catalog>(journal, 'catalog:get')
    expect(catalog.triggers.find((t) => t.id === id)).toMatchObject({
      name: 'Gardening',
      archived: true,
    })
    const [checkin] = await call<{ triggerIds: number[] }[]>(journal, 'checkins:list', {
      from: '2026-02-20',
      to: '2026-02-20',
    })
    expect(checkin?.triggerIds).toEqual([id])

    // It stays archived after a restart, and can be brought back.
    await journal.open('#settings/triggers')
    await expect(archived.getByText('Gardening', { exact: true })).toBeVisible()
    await page.getByRole('button', { name: 'Bring back Gardening' }).click()
    await expect(triggers.getByText('Gardening', { exact: true })).toBeVisible()
    await expect(page.getByText('None archived.').first()).toBeVisible()
  })

  test('renaming a remedy shows the new name, and a clash is explained in place', async ({
    page,
    journal,
  }) => {
    await journal.open('#settings/remedies')
    await page.getByRole('button', { name: 'Rename Heat' }).click()
    const input = page.getByLabel('New name for Heat')
    await input.fill('Massage')
    await input.press('Enter')
    await expect(page.getByRole('alert')).toHaveText('There is already a remedy called “Massage”.')
    await input.fill('Heat pad')
    await input.press('Enter')
    const remedies = page.getByRole('list', { name: 'Remedies', exact: true })
    await expect(remedies.getByText('Heat pad', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Rename Heat pad' })).toBeFocused()
    const catalog = await call<Catalog>(journal, 'catalog:get')
    expect(catalog.remedies.find((r) => r.key === 'heat')?.name).toBe('Heat pad')

    await page.getByLabel('Add your own remedy').fill('Swimming')
    await page.getByLabel('Kind').selectOption('movement')
    await page.getByRole('button', { name: 'Add remedy' }).click()
    await expect(remedies.getByText('Swimming', { exact: true })).toBeVisible()
    const after = await call<Catalog & { remedies: { kind: string }[] }>(journal, 'catalog:get')
    expect(after.remedies.find((r) => r.name === 'Swimming')).toMatchObject({ kind: 'movement' })
  })

  test('editing a medicine limit persists, and a bad one is explained', async ({
    page,
    journal,
  }) => {
    await journal.open('#settings/limits')
    const limits = page.getByRole('region', { name: 'Medicine limits' })
    await expect(limits).toContainText(MEDICINE_DISCLAIMER)
    // The defaults are said for what they are, and the rules beside them in the one vocabulary.
    await expect(limits).toContainText(
      'Default 1,200 mg a day: the label maximum for over-the-counter use — change it if your ' +
        'doctor prescribed a different dose.',
    )
    await expect(limits.getByRole('listitem').filter({ hasText: '4,000 mg' })).toContainText(
      'See a doctor today: more than 4,000 mg of Acetaminophen (paracetamol)',
    )
    await expect(limits).toContainText(
      'Book a visit: two anti-inflammatories (Ibuprofen and Naproxen sodium) on the same day, or ' +
        'one of them on more than 10 days in a row.',
    )
    await journal.screenshot('settings-limits-light')
    const ibuprofen = page.getByLabel('Ibuprofen', { exact: true })
    await expect(ibuprofen).toHaveValue('1200')

    await ibuprofen.fill('0')
    await page.getByRole('button', { name: 'Save limit for Ibuprofen' }).click()
    await expect(page.getByRole('alert')).toContainText('A daily limit must be more than 0 mg.')

    await ibuprofen.fill('1000')
    await page.getByRole('button', { name: 'Save limit for Ibuprofen' }).click()
    await expect(page.getByText('Saved: 1,000 mg a day.')).toBeVisible()
    const ibuprofenId = (await call<Catalog>(journal, 'catalog:get')).remedies.find(
      (r) => r.key === 'ibuprofen',
    )?.id
    expect((await call<Catalog>(journal, 'catalog:get')).limits).toContainEqual({
      remedyId: ibuprofenId,
      dailyLimitMg: 1000,
    })

    await journal.open('#settings/limits')
    await expect(page.getByLabel('Ibuprofen', { exact: true })).toHaveValue('1000')
  })
})

test.describe('Settings: day, rules and theme', () => {
  test('the episode rules say where each default comes from', async ({ page, journal }) => {
    await journal.open('#settings/rules')
    const rules = page.getByRole('region', { name: 'Episode rules' })
    await expect(rules).toContainText(
      'The two doctor-visit points come from patient guidance on back spasms and from ' +
        'clinical guidance on back pain (most episodes ease within six to eight weeks; beyond ' +
        'eight weeks, a doctor should check it)',
    )
    await expect(rules).toContainText('not from a trial')
    await expect(rules).not.toContainText('follow published research on back pain')
    await expect(rules).toContainText('de Vet and colleagues (Spine, 2002)')
    await expect(rules).toContainText('PACE trial (Lancet, 2014)')
  })

  test('an invalid combination of episode rules saves nothing; reset restores defaults', async ({
    page,
    journal,
  }) => {
    await journal.open('#settings/rules')
    await rule(page, 'Suggest a doctor visit at').fill('60')
    await page.getByRole('button', { name: 'Save rules' }).click()
    await expect(
      page.getByText('The "worth a visit" point cannot come after the "see a doctor" point'),
    ).toBeVisible()
    await expect(rule(page, 'Suggest a doctor visit at')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('alert')).toContainText('Not saved.')
    await rule(page, 'Pain day from').fill('11')
    await page.getByRole('button', { name: 'Save rules' }).click()
    await expect(page.getByText('Enter a whole number from 1 to 10.')).toBeVisible()
    // Both mistakes are named at once, each beside its own field.
    await expect(rule(page, 'Suggest a doctor visit at')).toHaveAccessibleDescription(
      /cannot come after the "see a doctor" point/,
    )
    await expect(rule(page, 'Pain day from')).toHaveAccessibleDescription(/from 1 to 10/)
    expect((await call<SettingsValue>(journal, 'settings:get')).episodeRules).toEqual(
      DEFAULT_EPISODE_RULES,
    )
    await journal.screenshot('settings-rules-error-light')

    await rule(page, 'Pain day from').fill('3')
    await rule(page, 'Suggest a doctor visit at').fill('49')
    await rule(page, 'See a doctor at').fill('70')
    await page.getByRole('button', { name: 'Save rules' }).click()
    await expect(page.getByText('Saved. Episodes now follow these rules.')).toBeVisible()
    expect((await call<SettingsValue>(journal, 'settings:get')).episodeRules).toEqual({
      ...DEFAULT_EPISODE_RULES,
      painDayMin: 3,
      watchDays: 49,
      doctorDays: 70,
    })

    await journal.open('#settings/rules')
    await expect(rule(page, 'See a doctor at')).toHaveValue('70')
    await page.getByRole('button', { name: 'Reset to defaults' }).click()
    await expect(page.getByText('Restored the default rules.')).toBeVisible()
    await expect(rule(page, 'See a doctor at')).toHaveValue('56')
    await expect(rule(page, 'Pain day from')).toHaveValue('2')
    expect((await call<SettingsValue>(journal, 'settings:get')).episodeRules).toEqual(
      DEFAULT_EPISODE_RULES,
    )
  })

  test('changing the day-start hour moves late check-ins to the day before', async ({
    page,
    journal,
  }) => {
    await journal.open('#settings/day')
    const hour = page.getByLabel('A new day starts at')
    await expect(hour).toHaveValue('4')
    await expect(
      page.getByText('A check-in before this hour counts for the previous day'),
    ).toBeVisible()
    await hour.selectOption({ label: '06:00' })
    await expect(page.getByText('Saved. The day now starts at 06:00.')).toBeVisible()
    expect((await call<SettingsValue>(journal, 'settings:get')).dayStartHour).toBe(6)
    const saved = await call<{ day: string }>(journal, 'checkins:save', {
      at: '2026-03-01T05:30:00+00:00',
      pain: 3,
    })
    expect(saved.day).toBe('2026-02-28')
    await journal.open('#settings/day')
    await expect(page.getByLabel('A new day starts at')).toHaveValue('6')
  })

  test('choosing the dark theme applies it at once and keeps it', async ({ page, journal }) => {
    await journal.open('#settings/appearance')
    const root = page.locator('html')
    await expect(root).not.toHaveAttribute('data-theme', /.*/)
    await page.getByRole('radio', { name: /^Dark/ }).check()
    await expect(root).toHaveAttribute('data-theme', 'dark')
    expect((await call<SettingsValue>(journal, 'settings:get')).theme).toBe('dark')
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 22, 20)')

    await journal.open('#settings/appearance')
    await expect(root).toHaveAttribute('data-theme', 'dark')
    await page.getByRole('radio', { name: /^Same as the system/ }).check()
    await expect(root).not.toHaveAttribute('data-theme', /.*/)
  })
})

// One test per theme, so the two can run on different workers: each scans every section.
for (const theme of ['light', 'dark'] as const) {
  test(`no Settings section has an accessibility violation axe can find, ${theme}`, async ({
    page,
    journal,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    for (const section of SETTINGS_SECTIONS) {
      await journal.open(`#settings/${section.id}`)
      await expect(page.getByRole('heading', { level: 2, name: section.label })).toBeFocused()
      const results = await axe(page).analyze()
      expect(results.violations.map((v) => `${section.id}, ${theme}: ${v.id}: ${v.help}`)).toEqual(
        [],
      )
    }
  })
}
