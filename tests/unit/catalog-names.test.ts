import { describe, expect, it } from 'vitest'
import { BUILTIN_REMEDIES, BUILTIN_TRIGGERS } from '../../src/shared/catalog'
import { clashKey, findByName, inCatalogOrder, tidyName } from '../../src/shared/catalog-names'
import { catalogName } from '../../src/shared/schemas'
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

  it('clashes as a person reads it: case in every alphabet, spacing and invisible marks aside', () => {
    expect(findByName(entries, 'über-STRETCH')?.name).toBe('Über-stretch')
    expect(findByName(entries, 'Heavy\u00a0lifting')?.name).toBe('Heavy lifting')
    expect(findByName(entries, 'Heavy   lifting')?.name).toBe('Heavy lifting')
    expect(findByName(entries, 'Heavy\u200b lifting')?.name).toBe('Heavy lifting')
    expect(findByName(entries, 'Ｏｌｄ chair')?.name).toBe('Old chair')
    // An accent changes what a name says; punctuation too.
    expect(findByName(entries, 'Uber-stretch')).toBeUndefined()
    expect(findByName(entries, 'Heavy lifting!')).toBeUndefined()
  })
})

describe('a name as it is kept', () => {
  it('is composed, one plain space between words, without invisible characters', () => {
    expect(tidyName('  Heavy \u00a0\t lifting\n')).toBe('Heavy lifting')
    expect(tidyName('Cafe\u0301 chair')).toBe('Café chair')
    expect(tidyName('Long\u200b\u00adsitting\u200e')).toBe('Longsitting')
    expect(tidyName('Bell\u0007 ringing')).toBe('Bell ringing')
  })

  it('keeps the joiners an emoji is made of', () => {
    const runner = 'Run \u{1F3C3}\u200d\u2640\ufe0f'
    expect(tidyName(runner)).toBe(runner)
  })

  it('is what the schema passes on, so a save keeps the tidy name', () => {
    expect(catalogName.parse(' Heavy\u00a0\u00a0lifting ')).toBe('Heavy lifting')
    // Nothing but invisible characters and spaces is no name.
    expect(catalogName.safeParse('\u200b\u00a0').success).toBe(false)
  })
})

describe('the one fold of names (issue 16)', () => {
  it('trims, tidies and folds case in every alphabet', () => {
    expect(clashKey('  Heavy LIFTING ')).toBe('heavy lifting')
    expect(clashKey('ÜBER Ärger')).toBe('über ärger')
    expect(clashKey('Ο ΠΌΝΟΣ')).toBe(clashKey('ο πόνος'))
  })

  it('is written only in catalog-names.ts: a CSV import once folded names with a copy', () => {
    const files = sourceFiles().filter((file) => file !== 'src/shared/catalog-names.ts')
    expect(offendingLines(files, (line) => /\[A-Z\]\/g/.test(line))).toEqual([])
  })
})
