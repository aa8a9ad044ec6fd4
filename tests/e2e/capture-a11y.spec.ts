/** Automated accessibility checks of Today with the full check-in open, in both themes. */
import { axe, test, expect } from './harness'

for (const theme of ['light', 'dark'] as const) {
  test(`Today with the full check-in open has no axe violations (${theme})`, async ({
    page,
    journal,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await journal.running.router.handle('checkins:save', {
      at: '2026-03-01T08:00:00+00:00',
      pain: 6,
      spasm: true,
      regions: ['lower-back-left'],
      triggerIds: [1],
      remedies: [{ remedyId: 13, doseMg: 400, minutes: null, relief: 1 }],
      redFlags: ['fever'],
      note: 'Seeded',
    })
    await page.clock.setFixedTime(new Date('2026-03-01T10:00:00'))
    await journal.open()
    await expect(page.getByRole('alert', { name: /Contact a doctor today/ })).toBeVisible()
    await page.keyboard.press('5')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Ibuprofen' }).click()
    await page.getByRole('button', { name: 'Stretching' }).click()
    await page.getByRole('radio', { name: 'Yes, a spasm' }).check()
    const results = await axe(page).analyze()
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    expect(summary).toEqual([])
  })
}
