import { describe, expect, it } from 'vitest'
import { hashOf, placeFromHash, SCREENS, SETTINGS_SECTIONS } from '../../src/renderer/src/places'

describe('places in the address', () => {
  it('reads a screen, and a Settings section when one is named', () => {
    expect(placeFromHash('#history')).toEqual({ screen: 'history', section: null })
    expect(placeFromHash('#settings/backups')).toEqual({ screen: 'settings', section: 'backups' })
    expect(placeFromHash('#/settings/data?x=1')).toEqual({ screen: 'settings', section: 'data' })
  })

  it('falls back to Today, or to Settings alone, for what it does not know', () => {
    expect(placeFromHash('')).toEqual({ screen: 'today', section: null })
    expect(placeFromHash('#nowhere')).toEqual({ screen: 'today', section: null })
    expect(placeFromHash('#settings/nowhere')).toEqual({ screen: 'settings', section: null })
    // Only Settings has sections.
    expect(placeFromHash('#report/data')).toEqual({ screen: 'report', section: null })
  })

  it('writes every place so that it reads back the same', () => {
    for (const { id } of SCREENS) {
      expect(placeFromHash(hashOf({ screen: id, section: null }))).toEqual({
        screen: id,
        section: null,
      })
    }
    for (const { id } of SETTINGS_SECTIONS) {
      const place = { screen: 'settings', section: id } as const
      expect(placeFromHash(hashOf(place))).toEqual(place)
    }
  })

  it('names each Settings section once', () => {
    const ids = SETTINGS_SECTIONS.map((s) => s.id)
    const labels = SETTINGS_SECTIONS.map((s) => s.label)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(labels).size).toBe(labels.length)
  })
})
