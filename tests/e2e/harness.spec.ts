/**
 * The harness's own tools, which other tests rely on to be able to fail.
 * - The settled screenshot (settledShot) waits for the page to be still, which every review
 *   screenshot relies on: it must not be taken while parts are still being drawn, frame by frame,
 *   or while a call to the main process waits for its answer. Each picture is compared with one
 *   taken after the page has surely finished.
 * - The axe scan (axe) finds what it should.
 */
import { test, expect, axe, settledShot } from './harness'

const probe = (script: string) => `<body style="margin: 0; font: 15px sans-serif">
  <main></main>
  <script>
    const add = (n) => {
      const line = document.createElement('p')
      line.textContent = 'Part ' + n + ' of the screen'
      line.style.cssText = 'margin: 0; height: 10px; background: hsl(' + n * 9 + ' 60% 70%)'
      document.querySelector('main').append(line)
    }
    ${script}
  </script>
</body>`

test('parts drawn frame after frame are all in the picture', async ({ page }) => {
  // One part each frame for a second and a half, however fast the frames come.
  await page.setContent(
    probe(`let n = 0
    const start = performance.now()
    const next = () => {
      add(++n)
      if (performance.now() - start < 1500) requestAnimationFrame(next)
      else document.body.dataset.done = n
    }
    requestAnimationFrame(next)`),
  )
  const shot = await settledShot(page)
  await expect(page.locator('body[data-done]')).toBeAttached()
  expect(shot.equals(await page.screenshot({ animations: 'disabled' }))).toBe(true)
})

test('a part drawn when its answer comes is in the picture', async ({ page }) => {
  // As the bridge counts a call that waits for its answer (tests/support/app-page.ts).
  await page.setContent(
    probe(`add(1)
    window.__painJournalPending = 1
    setTimeout(() => { add(2); window.__painJournalPending = 0 }, 1500)`),
  )
  const shot = await settledShot(page)
  await expect(page.locator('p')).toHaveCount(2)
  expect(shot.equals(await page.screenshot({ animations: 'disabled' }))).toBe(true)
})

test('the axe scan finds a field without a label', async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="en"><head><title>Probe</title></head><body>
    <main><h1>Probe</h1><label>Note <input type="text" id="labelled"></label>
    <input type="text" id="unlabelled"></main></body></html>`)
  const { violations } = await axe(page).analyze()
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual(['label: #unlabelled'])
})
