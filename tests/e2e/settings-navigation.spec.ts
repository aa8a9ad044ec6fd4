/**
 * Settings shows one section at a time beside a list of them. Someone looking for Reminders or
 * Backups finds the word in the list, by mouse or by keyboard, and lands on that section's
 * heading; the list stays in view beside a long section, and above it at 200% zoom.
 */
import type { Page } from '@playwright/test'
import { SETTINGS_SECTIONS } from '../../src/renderer/src/places'
import { test, expect, type Journal } from './harness'

const sectionList = (page: Page) => page.getByRole('navigation', { name: 'Settings sections' })
const sectionLink = (page: Page, label: string) =>
  sectionList(page).getByRole('link', { name: label, exact: true })
const sectionHeading = (page: Page, label: string) =>
  page.getByRole('heading', { level: 2, name: label, exact: true })

/** Enough triggers of one's own to make the Triggers section several windows long. */
async function manyTriggers(journal: Journal) {
  for (let i = 1; i <= 60; i++) {
    const r = await journal.running.router.handle('catalog:add-trigger', { name: `Trigger ${i}` })
    if (!r.ok) throw new Error(r.error.message)
  }
}

test('each section in the list opens by mouse, alone, with its heading focused', async ({
  page,
  journal,
}) => {
  await journal.open('#settings')
  // Settings opens on the first section without taking focus from where it was.
  await expect(sectionHeading(page, 'Triggers')).toBeVisible()
  await expect(sectionHeading(page, 'Triggers')).not.toBeFocused()
  for (const section of SETTINGS_SECTIONS) {
    await sectionLink(page, section.label).click()
    await expect(sectionHeading(page, section.label)).toBeFocused()
    await expect(sectionLink(page, section.label)).toHaveAttribute('aria-current', 'page')
    await expect(page).toHaveURL(new RegExp(`#settings/${section.id}$`))
    // One section at a time: the page is that section's card only.
    await expect(page.locator('.settings-page > section')).toHaveCount(1)
    await expect(sectionList(page).locator('[aria-current="page"]')).toHaveCount(1)
  }
})

test('by keyboard: Tab to Reminders in the list, Enter, and the next Tab is inside it', async ({
  page,
  journal,
}) => {
  await journal.open('#today')
  await page.keyboard.press('Control+5')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await page.getByRole('link', { name: /^Settings/ }).focus()
  // From the screens list, the section list is next.
  await page.keyboard.press('Tab')
  await expect(sectionLink(page, 'Triggers')).toBeFocused()
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
  await expect(sectionLink(page, 'Reminders')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(sectionHeading(page, 'Reminders')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Remind me at')).toBeFocused()
  // Shift+Tab leads back to the list.
  await page.keyboard.press('Shift+Tab')
  await expect(sectionLink(page, 'Sample journal')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(sectionHeading(page, 'Sample journal')).toBeFocused()
})

test('Settings opens again on the section last shown, and a section has its own address', async ({
  page,
  journal,
}) => {
  await journal.open('#settings')
  await sectionLink(page, 'Backups').click()
  await expect(sectionHeading(page, 'Backups')).toBeFocused()
  await page.keyboard.press('Control+1')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
  await page.keyboard.press('Control+5')
  await expect(sectionHeading(page, 'Backups')).toBeVisible()
  await expect(sectionLink(page, 'Backups')).toHaveAttribute('aria-current', 'page')
  // Opening a section by its address (a reload, the menu, a link) lands on it.
  await journal.open('#settings/reminders')
  await expect(sectionHeading(page, 'Reminders')).toBeFocused()
})

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`the list stays in view beside a long section (${size.width}×${size.height})`, async ({
    page,
    journal,
  }) => {
    await page.setViewportSize(size)
    await manyTriggers(journal)
    await journal.open('#settings/triggers')
    const card = page.locator('.settings-page > section')
    const list = (await sectionList(page).boundingBox())!
    const section = (await card.boundingBox())!
    expect(list.x + list.width).toBeLessThanOrEqual(section.x)
    expect(section.height).toBeGreaterThan(size.height * 1.5)
    await page.mouse.move(section.x + 20, 300)
    await page.mouse.wheel(0, 1500)
    await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(size.height)
    for (const s of SETTINGS_SECTIONS) await expect(sectionLink(page, s.label)).toBeInViewport()
    // From far down a long section, the next one opens at the top, its heading in view.
    await sectionLink(page, 'Backups').click()
    await expect(sectionHeading(page, 'Backups')).toBeFocused()
    await expect(sectionHeading(page, 'Backups')).toBeInViewport()
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeInViewport()
  })
}

test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })

  test('the list sits above the section, and an opened section clears the screens bar', async ({
    page,
    journal,
  }) => {
    await journal.open('#settings')
    const list = (await sectionList(page).boundingBox())!
    const section = (await page.locator('.settings-page > section').boundingBox())!
    expect(list.y + list.height).toBeLessThanOrEqual(section.y)
    expect(
      await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      ),
    ).toBeLessThanOrEqual(0)
    for (const label of ['Sample journal', 'Keyboard shortcuts', 'Backups']) {
      await sectionLink(page, label).click()
      const heading = sectionHeading(page, label)
      await expect(heading).toBeFocused()
      await expect(heading).toBeInViewport()
      const bar = (await page.getByRole('navigation', { name: 'Screens' }).boundingBox())!
      expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height)
    }
  })
})
