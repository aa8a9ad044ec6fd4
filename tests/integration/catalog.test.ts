import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal()
})
afterEach(() => journal.cleanup())

async function call<T = never>(channel: string, payload?: unknown): Promise<T> {
  const result = await journal.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`)
  return result.value as T
}

describe('the catalog', () => {
  it('adds a custom trigger, refusing a second one with the same name in any case', async () => {
    const added = await call<{ id: number }>('catalog:add-trigger', { name: 'Cold weather' })
    expect(added).toEqual({ id: added.id, key: null, name: 'Cold weather', archived: false })
    const again = await journal.router.handle('catalog:add-trigger', { name: 'cold WEATHER' })
    expect(again).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    const blank = await journal.router.handle('catalog:add-trigger', { name: '   ' })
    expect(blank).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })

  it('refuses a name that reads the same as one it has, naming that entry as it is listed', async () => {
    await call('catalog:add-trigger', { name: 'Élan walk' })
    for (const lookalike of [
      'Heavy\u00a0lifting', // a no-break space
      'Heavy  lifting', // two spaces
      'Heavy\u200blifting ', // a zero-width space where the space was: not the same
      'ÉLAN WALK', // accented capitals
      'e\u0301lan walk', // the accent typed as a mark of its own
      'Élan\u200b walk', // an invisible character inside
    ]) {
      const again = await journal.router.handle('catalog:add-trigger', { name: lookalike })
      if (lookalike === 'Heavy\u200blifting ') {
        // Without its space the name says "Heavylifting": another name, kept without the mark.
        expect(again).toMatchObject({ ok: true, value: { name: 'Heavylifting' } })
        continue
      }
      const kept = lookalike.toLowerCase().includes('heavy') ? 'Heavy lifting' : 'Élan walk'
      expect(again, lookalike).toMatchObject({
        ok: false,
        error: { kind: 'conflict', message: `There is already a trigger called “${kept}”.` },
      })
    }
    const names = journal.db().prepare('SELECT name FROM triggers').pluck().all() as string[]
    expect(names.filter((n) => /heavy|élan/i.test(n)).sort()).toEqual([
      'Heavy lifting',
      'Heavylifting',
      'Élan walk',
    ])
  })

  it('keeps a name tidy: one plain space between words, no invisible characters', async () => {
    const added = await call<{ name: string }>('catalog:add-remedy', {
      name: '  Warm\u00a0\u00a0bath\u200b\t',
      kind: 'self-care',
    })
    expect(added.name).toBe('Warm bath')
    expect(
      journal.db().prepare("SELECT name FROM remedies WHERE name LIKE 'Warm%'").pluck().all(),
    ).toEqual(['Warm bath'])
  })

  it('renames to a new case of the same name, but not to a name another entry reads as', async () => {
    const { id } = await call<{ id: number }>('catalog:add-trigger', { name: 'cold weather' })
    await call('catalog:rename', { list: 'trigger', id, name: 'Cold Weather' })
    const clash = await journal.router.handle('catalog:rename', {
      list: 'trigger',
      id,
      name: 'TWISTING',
    })
    expect(clash).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: 'There is already a trigger called “Twisting”.' },
    })
    const name = journal.db().prepare('SELECT name FROM triggers WHERE id = ?').pluck().get(id)
    expect(name).toBe('Cold Weather')
  })

  it('archiving a used trigger keeps old check-ins readable by name', async () => {
    const { id } = await call<{ id: number }>('catalog:add-trigger', { name: 'Gardening' })
    const saved = await call<{ id: number }>('checkins:save', {
      at: '2026-11-20T10:00:00+00:00',
      pain: 5,
      triggerIds: [id],
    })
    await call('catalog:archive', { list: 'trigger', id, archived: true })
    const catalog = await call<{ triggers: { id: number; name: string; archived: boolean }[] }>(
      'catalog:get',
    )
    expect(catalog.triggers.find((t) => t.id === id)).toEqual({
      id,
      key: null,
      name: 'Gardening',
      archived: true,
    })
    const [checkin] = await call<{ id: number; triggerIds: number[] }[]>('checkins:list', {
      from: '2026-11-20',
      to: '2026-11-20',
    })
    expect(checkin).toMatchObject({ id: saved.id, triggerIds: [id] })
  })

  it('renames a remedy and sets and clears a medicine limit', async () => {
    const { id } = await call<{ id: number }>('catalog:add-remedy', {
      name: 'Diclofenac',
      kind: 'medication',
    })
    await call('catalog:rename', { list: 'remedy', id, name: 'Diclofenac gel' })
    await call('catalog:set-limit', { remedyId: id, dailyLimitMg: 150 })
    let catalog = await call<{
      remedies: { id: number; name: string }[]
      limits: { remedyId: number }[]
    }>('catalog:get')
    expect(catalog.remedies.find((r) => r.id === id)?.name).toBe('Diclofenac gel')
    expect(catalog.limits).toContainEqual({ remedyId: id, dailyLimitMg: 150 })
    await call('catalog:set-limit', { remedyId: id, dailyLimitMg: null })
    catalog = await call('catalog:get')
    expect(catalog.limits.find((l) => l.remedyId === id)).toBeUndefined()
  })

  it('refuses a daily limit on something that is not a medicine', async () => {
    const result = await journal.router.handle('catalog:set-limit', {
      remedyId: 1,
      dailyLimitMg: 100,
    })
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'validation', message: 'Only medicines can have a daily limit.' },
    })
  })
})

describe('acknowledgements', () => {
  it('last for the day they were given on', async () => {
    expect(await call('acknowledgements:list', { day: '2026-11-25' })).toEqual([])
    expect(await call('acknowledgements:add', { day: '2026-11-25', kind: 'red-flags' })).toEqual([
      'red-flags',
    ])
    expect(await call('acknowledgements:add', { day: '2026-11-25', kind: 'red-flags' })).toEqual([
      'red-flags',
    ])
    expect(await call('acknowledgements:list', { day: '2026-11-26' })).toEqual([])
    const bad = await journal.router.handle('acknowledgements:add', {
      day: '2026-11-25',
      kind: 'DROP TABLE',
    })
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})
