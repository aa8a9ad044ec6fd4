import fc from 'fast-check'
import { addDays, addHours } from 'date-fns'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RETENTION,
  backupReasonLabel,
  planRetention,
  type DatedBackup,
} from '../../src/shared/backup-retention'

function daily(count: number, start = new Date(2026, 0, 1, 9, 0, 0)): DatedBackup[] {
  return Array.from({ length: count }, (_, i) => {
    const at = addDays(start, i)
    return { name: `b-${at.toISOString()}`, at }
  })
}

describe('backup retention', () => {
  it('keeps every backup while there are fewer than a week of them', () => {
    const backups = daily(5)
    expect(planRetention(backups).remove).toEqual([])
    expect(planRetention(backups).keep).toHaveLength(5)
  })

  it('keeps 7 daily, 4 weekly and 12 monthly backups out of a year and a half of daily ones', () => {
    const backups = daily(540) // 2026-01-01 … 2027-06-24
    const { keep, remove } = planRetention(backups)
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
    const { keep, remove } = planRetention(sameDay)
    expect(keep).toEqual(['s5', 's4', 's3'])
    expect(remove).toEqual(['s2', 's1', 's0'])
  })

  it('counts days that have backups, so a month away does not wipe the daily history', () => {
    const before = daily(10, new Date(2026, 0, 1, 9))
    const after = daily(1, new Date(2026, 1, 20, 9))
    const { keep } = planRetention([...before, ...after])
    for (const b of before.slice(-6)) expect(keep).toContain(b.name)
  })

  it('never keeps the same backup twice, never loses one, and is stable when applied again', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000 * 24 }), { maxLength: 300 }),
        (hours) => {
          const start = new Date(2024, 0, 1, 0, 0, 0)
          const backups = hours.map((h, i) => ({ name: `n${i}`, at: addHours(start, h) }))
          const { keep, remove } = planRetention(backups)
          expect(new Set([...keep, ...remove]).size).toBe(backups.length)
          expect(keep.length + remove.length).toBe(backups.length)
          const r = DEFAULT_RETENTION
          expect(keep.length).toBeLessThanOrEqual(r.recent + r.daily + r.weekly + r.monthly)
          if (backups.length > 0) expect(keep.length).toBeGreaterThan(0)
          const again = planRetention(backups.filter((b) => keep.includes(b.name)))
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
    const { keep } = planRetention([...restores, ...later])
    for (const r of restores) expect(keep).toContain(r.name)
    // Past the 30 days, the rules for every other backup apply: here none keeps them.
    const { remove } = planRetention([...restores, ...later, ...daily(2, addDays(day, 30))])
    expect(remove).toEqual(expect.arrayContaining(restores.map((r) => r.name)))
  })

  it('keeps only the usual rules for other reasons taken in one day', () => {
    const day = new Date(2026, 2, 10, 8, 0, 0)
    const imports = Array.from({ length: 6 }, (_, i) => ({
      name: `i${i}`,
      at: addHours(day, i),
      reason: 'before-import',
    }))
    expect(planRetention(imports).remove).toEqual(['i2', 'i1', 'i0'])
  })

  it('labels each reason in words', () => {
    expect(backupReasonLabel('daily')).toBe('Daily')
    expect(backupReasonLabel('manual-2')).toBe('Made by you')
    expect(backupReasonLabel('before-restore')).toBe('Before a restore')
    expect(backupReasonLabel('before-import')).toBe('Before an import')
    expect(backupReasonLabel('before-v2')).toBe('Before an app update')
  })
})
