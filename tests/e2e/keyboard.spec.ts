/**
 * The keyboard-only walkthrough: log a check-in with a trigger and a remedy, open a day in
 * History, show a Trends chart as a table, and save the report as a PDF, with only Tab,
 * Shift+Tab, Space, Enter, arrows, digits and the app's shortcuts. The focused element must show
 * a focus indicator (an outline or a box-shadow) at each step.
 */
import type { Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { FIXTURE_END_DAY } from '../fixtures/journal'
import { test, expect } from './harness'

// Page scripts as strings: the tests are type-checked without the DOM library.
/** Roughly the focused element's accessible name: aria-label, or its text minus hidden parts. */
const FOCUSED_NAME = `(() => {
  const el = document.activeElement
  if (!el) return ''
  const label = el.getAttribute('aria-label')
  if (label) return label
  const copy = el.cloneNode(true)
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove())
  return (copy.textContent ?? '').trim()
})()`

/** 'visible' when the focused element (or the box a hidden radio draws on) has a ring. */
const FOCUS_RING = `(() => {
  const el = document.activeElement
  if (!el || el === document.body) return 'nothing focused'
  const target = el.matches('.pain-option input') ? (el.nextElementSibling ?? el) : el
  const style = getComputedStyle(target)
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
  const shadow = style.boxShadow !== 'none'
  return outline || shadow ? 'visible' : 'no ring on ' + el.outerHTML.slice(0, 80)
})()`

/** Presses Tab (or Shift+Tab) until the focused element's accessible text matches `name`. */
async function tabTo(page: Page, name: RegExp, backwards = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    const text = await page.evaluate<string>(FOCUSED_NAME)
    if (name.test(text)) return
  }
  throw new Error(`Tab never reached ${String(name)}`)
}

/** The focused element shows a ring: an outline that is not 'none', or a box-shadow. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate<string>(FOCUS_RING)
  expect(ring).toBe('visible')
}

test('a whole visit with only the keyboard', async ({ page, journal }) => {
  test.setTimeout(90_000)
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
  await journal.open('#today')

  // Today: a digit picks the pain, then the details, a trigger and a remedy.
  await page.keyboard.press('6')
  await expect(page.getByRole('radio', { name: /^6 —/ })).toBeChecked()
  await tabTo(page, /^Add details$/)
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await tabTo(page, /^Poor posture$/)
  await expectVisibleFocus(page)
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Poor posture' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await tabTo(page, /^Stretching$/)
  await expectVisibleFocus(page)
  await page.keyboard.press('Space')
  // Back with Shift+Tab: the chosen trigger still says it is chosen.
  await tabTo(page, /^Poor posture$/, true)
  await expectVisibleFocus(page)
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('status').filter({ hasText: /Saved: pain 6/ })).toBeVisible()
  const db = journal.running.db()
  const checkin = db.prepare('SELECT id, pain FROM checkins').get() as { id: number; pain: number }
  expect(checkin.pain).toBe(6)
  const triggers = db
    .prepare('SELECT t.name FROM checkin_triggers ct JOIN triggers t ON t.id = ct.trigger_id')
    .all()
  expect(triggers).toEqual([{ name: 'Poor posture' }])
  const remedies = db
    .prepare('SELECT r.name FROM checkin_remedies cr JOIN remedies r ON r.id = cr.remedy_id')
    .all()
  expect(remedies).toEqual([{ name: 'Stretching' }])

  // Ctrl+N starts a new check-in: focus goes to the pain selector.
  await page.keyboard.press('Control+N')
  await expect(page).toHaveURL(/#today$/)

  // History: the calendar has one tab stop; arrows move, Enter opens the day.
  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  await tabTo(page, /1 March 2026|March 1/)
  await expectVisibleFocus(page)
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Poor posture').first()).toBeVisible()

  // Trends: a chart as a table.
  await page.keyboard.press('Control+3')
  await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible()
  await tabTo(page, /^Show as table$/)
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('table').first()).toBeVisible()
  // The same button, still focused, now offers the chart back.
  await expect(page.locator(':focus')).toHaveText('Show as chart')

  // Report: saved as a PDF where the (test) save dialog answers.
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Report')
  await tabTo(page, /^Save as PDF…$/)
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /Saved to/ })).toBeVisible()
  const pdf = journal.platform.savedFiles.at(-1)
  expect(pdf).toMatch(/\.pdf$/)
  expect(existsSync(String(pdf))).toBe(true)
})
