import fc from 'fast-check'
import { addDays, addHours } from 'date-fns'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RETENTION,
  backupReasonLabel,
  newestFirst,
  planRetention,
  type DatedBackup,
} from '../../src/shared/backup-retention'

/** Retention as applied right after the newest of these backups was taken. */
const plan = (backups: DatedBackup[]) =>
  planRetention(backups, new Date(Math.max(0, ...backups.map((b) => b.at.getTime()))))

function daily(count: number, start = new Date(2026, 0, 1, 9, 0, 0)): DatedBackup[] {
  return Array.from({ length: count }, (_, i) => {
    const at = addDays(start, i)
    return { name: `b-${at.toISOString()}`, at }
  })
}

describe('backup retention', () => {
  it('keeps every backup while there are fewer than a week of them', () => {
    const backups = daily(5)
    expect(plan(backups).remove).toEqual([])
    expect(plan(backups).keep).toHaveLength(5)
  })

  it('keeps 7 daily, 4 weekly and 12 monthly backups out of a year and a half of daily ones', () => {
    const backups = daily(540) // 2026-01-01 … 2027-06-24
    const { keep, remove } = plan(backups)
    expect(keep.length + remove.length).toBe(540)
    const kept = backups.filter((b) => keep.includes(b.name)).map((b) => b.at)
    const days = kept.map((d) => d.toISOString().slice(0, 10))
    // The last 7 days are all there.
    for (const b of backups.slice(-7)) expect(keep).toContain(b.name)
    // One per month for 12 months: the oldest kept is in the 12th most recent month.
    const months = new Set(kept.map((d) => `${d.getFullYear()}-${d.getMonth()}`))
    expect(months.size).toBe(12)
    expect(Math.min(...kept.map((d) => d.getTime()))).toBe(new Date(2026, 6, 31, 9).getTime())
    // No more than the rules allow: 7 + 4 + 12 (+3 recent, which overlap the daily ones).
    expect(keep.length).toBeLessThanOrEqual(7 + 4 + 12)
    expect(new Set(days).size).toBe(keep.length)
  })

  it('keeps the newest of each day, and the newest few whatever their day', () => {
    const day = new Date(2026, 2, 10, 8, 0, 0)
    const sameDay = Array.from({ length: 6 }, (_, i) => ({ name: `s${i}`, at: addHours(day, i) }))
    const { keep, remove } = plan(sameDay)
    expect(keep).toEqual(['s5', 's4', 's3'])
    expect(remove).toEqual(['s2', 's1', 's0'])
  })

  it('counts days that have backups, so a month away does not wipe the daily history', () => {
    const before = daily(10, new Date(2026, 0, 1, 9))
    const after = daily(1, new Date(2026, 1, 20, 9))
    const { keep } = plan([...before, ...after])
    for (const b of before.slice(-6)) expect(keep).toContain(b.name)
  })

  it('never keeps the same backup twice, never loses one, and is stable when applied again', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000 * 24 }), { maxLength: 300 }),
        (hours) => {
          const start = new Date(2024, 0, 1, 0, 0, 0)
          const backups = hours.map((h, i) => ({ name: `n${i}`, at: addHours(start, h) }))
          const { keep, remove } = plan(backups)
          expect(new Set([...keep, ...remove]).size).toBe(backups.length)
          expect(keep.length + remove.length).toBe(backups.length)
          const r = DEFAULT_RETENTION
          expect(keep.length).toBeLessThanOrEqual(r.recent + r.daily + r.weekly + r.monthly)
          if (backups.length > 0) expect(keep.length).toBeGreaterThan(0)
          const again = plan(backups.filter((b) => keep.includes(b.name)))
          expect(again.remove).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps a copy taken before a restore replaced the journal for 30 days, whatever follows', () => {
    const day = new Date(2026, 2, 10, 8, 0, 0)
    // Someone tries backup after backup: each restore first copies what it replaces.
    const restores = Array.from({ length: 6 }, (_, i) => ({
      name: `r${i}`,
      at: addHours(day, i),
      reason: i === 0 ? 'before-restore' : `before-restore-${i}`,
    }))
    const later = daily(29, addDays(day, 1)).map((b) => ({ ...b, reason: 'daily' }))
    const { keep } = plan([...restores, ...later])
    for (const r of restores) expect(keep).toContain(r.name)
    // Past the 30 days, the rules for every other backup apply: here none keeps them.
    const { remove } = plan([...restores, ...later, ...daily(2, addDays(day, 30))])
    expect(remove).toEqual(expect.arrayContaining(restores.map((r) => r.name)))
  })

  it('counts the 30 days of a copy taken before a restore from now, not from a future-dated backup', () => {
    const now = new Date(2026, 10, 24, 9, 30)
    const backups = [
      // Taken while the clock said 2027.
      { name: 'wrong-clock', at: new Date(2027, 10, 20, 9), reason: 'manual' },
      { name: 'replaced', at: addHours(now, -3), reason: 'before-restore' },
      // Then enough of the day's own backups that no other rule keeps it.
      { name: 'm1', at: addHours(now, -2), reason: 'manual' },
      { name: 'm2', at: addHours(now, -1), reason: 'manual' },
      { name: 'm3', at: now, reason: 'manual' },
    ]
    expect(planRetention(backups, now).keep).toContain('replaced')
  })

  it('orders by the real instant taken, and puts backups dated after now last', () => {
    const now = new Date('2026-11-25T17:00:00Z')
    const order = newestFirst(
      [
        {
          name: 'tokyo',
          at: new Date('2026-11-25T08:00:00'),
          takenAt: new Date('2026-11-24T23:00:00Z'),
        },
        {
          name: 'los-angeles',
          at: new Date('2026-11-24T18:00:00'),
          takenAt: new Date('2026-11-25T02:00:00Z'),
        },
        { name: 'wrong-clock', at: new Date('2027-11-21T09:00:00Z') },
        { name: 'older', at: new Date('2026-11-20T09:00:00Z') },
      ],
      now,
    )
    expect(order.map((b) => b.name)).toEqual(['los-angeles', 'tokyo', 'older', 'wrong-clock'])
  })

  it('keeps only the usual rules for other reasons taken in one day', () => {
    const day = new Date(2026, 2, 10, 8, 0, 0)
    const imports = Array.from({ length: 6 }, (_, i) => ({
      name: `i${i}`,
      at: addHours(day, i),
      reason: 'before-import',
    }))
    expect(plan(imports).remove).toEqual(['i2', 'i1', 'i0'])
  })

  it('labels each reason in words', () => {
    expect(backupReasonLabel('daily')).toBe('Daily')
    expect(backupReasonLabel('manual-2')).toBe('Made by you')
    expect(backupReasonLabel('before-restore')).toBe('Before a restore')
    expect(backupReasonLabel('before-import')).toBe('Before an import')
    expect(backupReasonLabel('before-v2')).toBe('Before an app update')
  })
})
