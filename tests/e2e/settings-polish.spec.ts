/**
 * Everyday polish of Settings and the fields it shares with Today and the report: Add reminder
 * on its time field's line, one order of triggers and remedies everywhere, a name already in the
 * journal offered instead of refused, and how many characters are left as a limit nears.
 */
import type { Locator, Page } from '@playwright/test'
import { FIXTURE_END_DAY } from '../fixtures/journal'
import { call } from '../support/portability'
import { test, expect, type Journal } from './harness'

interface Entry {
  id: number
  name: string
  archived: boolean
  kind?: string
}
const catalogOf = (journal: Journal) =>
  call<{ triggers: Entry[]; remedies: Entry[] }>(journal.running, 'catalog:get')

async function archive(journal: Journal, list: 'trigger' | 'remedy', name: string) {
  const entries = (await catalogOf(journal))[list === 'trigger' ? 'triggers' : 'remedies']
  const entry = entries.find((e) => e.name === name)!
  await call(journal.running, 'catalog:archive', { list, id: entry.id, archived: true })
}

async function openTodayDetails(page: Page, journal: Journal) {
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
  await journal.open('#today')
  await page.getByRole('button', { name: 'Add details' }).click()
}

const centreY = async (locator: Locator) => {
  const box = (await locator.boundingBox())!
  return box.y + box.height / 2
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`Add reminder sits on the line of its time field (${size.width}×${size.height})`, async ({
    page,
    journal,
  }) => {
    await page.setViewportSize(size)
    await journal.open('#settings/reminders')
    const time = page.getByLabel('Remind me at')
    const add = page.getByRole('button', { name: 'Add reminder' })
    expect(Math.abs((await centreY(add)) - (await centreY(time)))).toBeLessThanOrEqual(2)
    const timeBox = (await time.boundingBox())!
    expect((await add.boundingBox())!.x).toBeGreaterThan(timeBox.x + timeBox.width)
    // The hint is under both, not beside the button.
    const hint = (await page.getByText(/^Up to \d a day\.$/).boundingBox())!
    expect(hint.y).toBeGreaterThanOrEqual(timeBox.y + timeBox.height)
  })
}

test('Today and Settings list triggers and remedies in the one order, by name', async ({
  page,
  journal,
}) => {
  // Added last, named first: catalogue order and name order disagree on it.
  await call(journal.running, 'catalog:add-trigger', { name: 'Anxious week' })
  await call(journal.running, 'catalog:add-remedy', { name: 'Aqua jogging', kind: 'movement' })
  await openTodayDetails(page, journal)
  const triggerChips = page
    .getByRole('group', { name: 'What might have set it off?' })
    .locator('.chip-row button[aria-pressed]')
  // Each list is read once it shows the name added last (reading at once could find none yet).
  await expect(triggerChips.filter({ hasText: 'Anxious week' })).toBeVisible()
  const onToday = await triggerChips.allTextContents()
  const movement = page.getByRole('group', { name: 'Movement', exact: true }).getByRole('button')
  await expect(movement.filter({ hasText: 'Aqua jogging' })).toBeVisible()
  const movementOnToday = await movement.allTextContents()

  await journal.open('#settings/triggers')
  const triggerNames = page
    .getByRole('list', { name: 'Triggers', exact: true })
    .locator('.catalog-name > span:first-child')
  await expect(triggerNames.filter({ hasText: 'Anxious week' })).toBeVisible()
  const inSettings = await triggerNames.allTextContents()
  expect(onToday.map((t) => t.replace(/^\W+/, '').trim())).toEqual(inSettings)
  expect(inSettings[0]).toBe('Anxious week')

  await journal.open('#settings/remedies')
  const movementNames = page
    .getByRole('list', { name: 'Remedies', exact: true })
    .locator('.catalog-name')
    .filter({ has: page.locator('.catalog-kind', { hasText: 'Movement' }) })
    .locator('span:first-child')
  await expect(movementNames.filter({ hasText: 'Aqua jogging' })).toBeVisible()
  const movementInSettings = await movementNames.allTextContents()
  expect(movementOnToday.map((t) => t.replace(/^\W+/, '').trim())).toEqual(movementInSettings)
  expect(movementInSettings[0]).toBe('Aqua jogging')
})

test.describe('a name the journal already has', () => {
  test('in Settings: offered to go to it, or to bring it back from the archive', async ({
    page,
    journal,
  }) => {
    await archive(journal, 'trigger', 'Twisting')
    await journal.open('#settings/triggers')
    const name = page.getByLabel('Add your own trigger')
    // Capitals, a no-break space and a doubled space: it reads the same, so it is the same.
    await name.fill('heavy\u00a0 LIFTING')
    await name.press('Enter')
    const offer = page.getByRole('button', { name: 'Go to “Heavy lifting”' })
    await expect(offer).toBeFocused()
    await expect(offer).toHaveAccessibleDescription(
      'You already have a trigger called “Heavy lifting”.',
    )
    await journal.screenshot('settings-duplicate-offer')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Rename Heavy lifting' })).toBeFocused()
    await expect(name).toHaveValue('')

    await name.fill('twisting')
    await page.getByRole('button', { name: 'Add trigger' }).click()
    await page.getByRole('button', { name: 'Bring back “Twisting”' }).click()
    await expect(page.getByRole('button', { name: 'Archive Twisting' })).toBeFocused()
    await expect(page.getByText('Brought back “Twisting”.')).toBeVisible()
    const triggers = (await catalogOf(journal)).triggers
    expect(triggers.filter((t) => /heavy lifting|twisting/i.test(t.name))).toMatchObject([
      { name: 'Heavy lifting', archived: false },
      { name: 'Twisting', archived: false },
    ])
  })

  test('on Today: offered to choose it, or to bring it back and choose it', async ({
    page,
    journal,
  }) => {
    await archive(journal, 'trigger', 'Lying down')
    const before = (await catalogOf(journal)).triggers.length
    await openTodayDetails(page, journal)
    await page.getByRole('button', { name: 'Add your own…' }).click()
    await page.getByLabel('New trigger').fill('TWISTING')
    await page.getByLabel('New trigger').press('Enter')
    const choose = page.getByRole('button', { name: 'Choose “Twisting”' })
    await expect(choose).toBeFocused()
    await expect(choose).toHaveAccessibleDescription(
      'You already have a trigger called “Twisting”.',
    )
    await page.keyboard.press('Enter')
    const twisting = page.getByRole('button', { name: 'Twisting', exact: true })
    await expect(twisting).toHaveAttribute('aria-pressed', 'true')
    await expect(twisting).toBeFocused()

    await page.getByRole('button', { name: 'Add your own…' }).click()
    await page.getByLabel('New trigger').fill('lying down')
    await page.getByRole('button', { name: 'Add trigger' }).click()
    await expect(
      page.getByText('You already have a trigger called “Lying down”, archived.'),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Bring back and choose “Lying down”' }).click()
    const lying = page.getByRole('button', { name: 'Lying down', exact: true })
    await expect(lying).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByText('Brought back “Lying down” and chose it.')).toBeVisible()
    const after = (await catalogOf(journal)).triggers
    expect(after).toHaveLength(before)
    expect(after.find((t) => t.name === 'Lying down')?.archived).toBe(false)
  })
})

test.describe('characters left', () => {
  /** The count under `field`: absent far from the limit, then in words, also as its description. */
  async function expectLeft(field: Locator, text: string) {
    const id = (await field.getAttribute('aria-describedby'))!.split(' ').at(-1)!
    const line = field.page().locator(`[id="${id}"]`)
    if (text === '') {
      await expect(line).toBeHidden()
      return
    }
    await expect(line).toHaveText(text)
    await expect(line).toBeVisible()
    await expect(field).toHaveAccessibleDescription(new RegExp(text))
  }

  test('a note says how much room is left as the limit nears, politely, a step at a time', async ({
    page,
    journal,
  }) => {
    // The smaller window, where the note meets the sticky save bar.
    await page.setViewportSize({ width: 1024, height: 700 })
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
    await journal.open('#today')
    const note = page.getByLabel('Note (optional)')
    const heard = page.locator('.checkin-form [aria-live="polite"].visually-hidden').first()
    await note.fill('x'.repeat(17_999))
    await expectLeft(note, '')
    await note.fill('x'.repeat(18_000))
    await expectLeft(note, '2,000 characters left')
    // The count is brought into view, clear of the save bar.
    const count = page.getByText('2,000 characters left', { exact: true }).first()
    await expect(count).toBeInViewport()
    const bar = (await page.locator('.save-bar').first().boundingBox())!
    expect(
      (await count.boundingBox())!.y + (await count.boundingBox())!.height,
    ).toBeLessThanOrEqual(bar.y)
    await expect(heard).toHaveText('2,000 characters left')
    // More typing in the same step changes the line, but a screen reader is not told again.
    await note.press('y')
    await expectLeft(note, '1,999 characters left')
    await expect(heard).toHaveText('2,000 characters left')
    await note.fill('x'.repeat(19_000))
    await expect(heard).toHaveText('1,000 characters left')
    await note.fill('x'.repeat(20_005))
    await expectLeft(note, '5 characters over the limit')
    await expect(heard).toHaveText('5 characters over the limit')
    await journal.screenshot('characters-left-note')

    const dayNote = page.getByLabel('Day note')
    await dayNote.fill('d'.repeat(19_990))
    await expectLeft(dayNote, '10 characters left')
  })

  test('names say it too: triggers and remedies, on Today and in Settings, and the report', async ({
    page,
    journal,
  }) => {
    await openTodayDetails(page, journal)
    await page.getByRole('button', { name: 'Add your own…' }).click()
    const newTrigger = page.getByLabel('New trigger')
    await newTrigger.fill('t'.repeat(59))
    await expectLeft(newTrigger, '')
    await newTrigger.fill('t'.repeat(61))
    await expectLeft(newTrigger, '19 characters left')

    await journal.open('#settings/remedies')
    const add = page.getByLabel('Add your own remedy')
    await add.fill('r'.repeat(80))
    await expectLeft(add, '0 characters left')
    await page.getByRole('button', { name: 'Rename Heat' }).click()
    const rename = page.getByLabel('New name for Heat')
    await rename.fill('h'.repeat(82))
    await expectLeft(rename, '2 characters over the limit')
    await rename.press('Enter')
    await expect(page.getByRole('alert')).toContainText('Names can be up to 80 characters')
    await expect(rename).toHaveValue('h'.repeat(82))

    await journal.open('#report')
    const name = page.getByLabel('Your name')
    await name.fill('M'.repeat(110))
    await expectLeft(name, '10 characters left')
    // Past the limit the name stays as typed; the report is not made, and says why.
    await name.fill('M'.repeat(121))
    await expectLeft(name, '1 character over the limit')
    await expect(page.getByText('Names can be up to 120 characters')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled()
  })
})
