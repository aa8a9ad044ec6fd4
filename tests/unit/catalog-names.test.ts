import { describe, expect, it } from 'vitest'
import { BUILTIN_REMEDIES, BUILTIN_TRIGGERS } from '../../src/shared/catalog'
import { clashKey, findByName, inCatalogOrder } from '../../src/shared/catalog-names'
import { offendingLines, sourceFiles } from '../support/sources'

const named = (...names: string[]) => names.map((name, id) => ({ id, name }))

describe('the one order of triggers and remedies', () => {
  it('is by name as people read it: case and accents aside, numbers by value', () => {
    const order = inCatalogOrder(
      named('twisting', 'Trigger 10', 'Élan', 'Heavy lifting', 'Trigger 2', 'eel', 'Zebra'),
    ).map((e) => e.name)
    expect(order).toEqual([
      'eel',
      'Élan',
      'Heavy lifting',
      'Trigger 2',
      'Trigger 10',
      'twisting',
      'Zebra',
    ])
  })

  it('puts the built-in lists in that order, whatever order they were seeded in', () => {
    const triggers = inCatalogOrder(BUILTIN_TRIGGERS).map((t) => t.name)
    expect(triggers[0]).toBe('Heavy lifting')
    expect(triggers.at(-1)).toBe('Twisting')
    const remedies = inCatalogOrder(BUILTIN_REMEDIES).map((r) => r.name)
    expect(remedies.slice(0, 3)).toEqual([
      'Acetaminophen (paracetamol)',
      'Anti-inflammatory cream',
      'Bed rest (lying down most of the day)',
    ])
  })

  it('leaves the list it was given as it was', () => {
    const list = named('b', 'a')
    inCatalogOrder(list)
    expect(list.map((e) => e.name)).toEqual(['b', 'a'])
  })
})

describe('a name the journal already has', () => {
  const entries = named('Heavy lifting', 'Über-stretch', 'Old chair')

  it('is found ignoring case and the spaces a save trims', () => {
    expect(findByName(entries, 'heavy LIFTING')?.name).toBe('Heavy lifting')
    expect(findByName(entries, '  old chair ')?.name).toBe('Old chair')
  })

  it('clashes as the database sees it: only A–Z fold, as in SQLite NOCASE', () => {
    expect(findByName(entries, 'Über-stretch')?.name).toBe('Über-stretch')
    expect(findByName(entries, 'über-stretch')).toBeUndefined()
    expect(findByName(entries, 'Heavy lifting!')).toBeUndefined()
  })
})

describe('the one fold of names (issue 16)', () => {
  it('trims and folds A–Z only, as a save and SQLite NOCASE do', () => {
    expect(clashKey('  Heavy LIFTING ')).toBe('heavy lifting')
    expect(clashKey('Über')).toBe('Über')
  })

  it('is written only in catalog-names.ts: a CSV import once folded names with a copy', () => {
    const files = sourceFiles().filter((file) => file !== 'src/shared/catalog-names.ts')
    expect(offendingLines(files, (line) => /\[A-Z\]\/g/.test(line))).toEqual([])
  })
})
