/**
 * The harness's test of two screenshots alike (samePicture): every review screenshot waits on it,
 * so it must let a finished page through and hold back one that is still changing.
 */
import { test, expect, samePicture } from './harness'

const LINES = Array.from(
  { length: 240 },
  (_, i) => `Line ${i + 1}: stiff on waking, easier after a short walk and some heat.`,
)
const longPage = (lines: string[]) =>
  `<main style="font: 15px sans-serif; padding: 24px">${lines.map((line) => `<p>${line}</p>`).join('')}</main>`

test('a long page captured twice is the same picture; a line changed or a new height is not', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.setContent(longPage(LINES))
  const first = await page.screenshot({ fullPage: true })
  const second = await page.screenshot({ fullPage: true })
  expect(samePicture(first, second)).toBe(true)

  // One line halfway down drawn differently, the page's height the same.
  const changedLines = LINES.with(120, 'Line 121: a sharp grab lifting the laundry basket.')
  await page.setContent(longPage(changedLines))
  const changed = await page.screenshot({ fullPage: true })
  expect(samePicture(second, changed)).toBe(false)

  await page.setContent(longPage([...changedLines, 'One line more.']))
  const taller = await page.screenshot({ fullPage: true })
  expect(samePicture(changed, taller)).toBe(false)
})
