/**
 * One reader for every number a person types (issue 16): digits and one decimal separator, the
 * locale's or a point. Not `Number()`, which takes `1e2`, `0x10`, `Infinity` and reads '' as 0.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decimalSeparator,
  readOptionalNumber,
  readTypedNumber,
} from '../../src/shared/typed-number'
import { offendingLines, sourceFiles } from '../support/sources'

describe('readTypedNumber', () => {
  it('reads digits with one decimal separator, spaces around trimmed', () => {
    expect(readTypedNumber('400', 'en-US')).toBe(400)
    expect(readTypedNumber(' 27.5 ', 'en-US')).toBe(27.5)
    expect(readTypedNumber('27,5', 'de-DE')).toBe(27.5)
    expect(readTypedNumber('27.5', 'de-DE')).toBe(27.5)
    expect(readTypedNumber('.5', 'en-US')).toBe(0.5)
    expect(readTypedNumber('5.', 'en-US')).toBe(5)
    expect(readTypedNumber('007', 'en-US')).toBe(7)
    // A minus is read, so the field's schema can say the range rather than "not a number".
    expect(readTypedNumber('-5', 'en-US')).toBe(-5)
    expect(readTypedNumber(' -0,5', 'de-DE')).toBe(-0.5)
  })

  it('refuses what no one types as a number', () => {
    for (const text of [
      '',
      '   ',
      '.',
      '1e2',
      '1E2',
      '0x10',
      'Infinity',
      'NaN',
      '-',
      '--3',
      '- 3',
      '3-',
      '+3',
      '1.2.3',
      '1,2',
      '1,200',
      '1 200',
      '12 mg',
      '٣',
    ]) {
      expect(readTypedNumber(text, 'en-US'), text).toBeNull()
    }
    // A comma is German's decimal separator, but still only one of them.
    expect(readTypedNumber('1,2,3', 'de-DE')).toBeNull()
    expect(readTypedNumber('1.2,3', 'de-DE')).toBeNull()
  })

  it('knows each locale’s decimal separator', () => {
    expect(decimalSeparator('en-US')).toBe('.')
    expect(decimalSeparator('de-DE')).toBe(',')
    expect(decimalSeparator('fr-FR')).toBe(',')
  })

  it('reads back any number written plainly, with a point or the locale’s separator', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000 }),
        fc.nat({ max: 999 }),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'en-GB'),
        fc.boolean(),
        (whole, thousandths, locale, usePoint) => {
          const fraction = String(thousandths).padStart(3, '0')
          const sep = usePoint ? '.' : decimalSeparator(locale)
          expect(readTypedNumber(`${whole}${sep}${fraction}`, locale)).toBe(
            Number(`${whole}.${fraction}`),
          )
          expect(readTypedNumber(` ${whole} `, locale)).toBe(whole)
        },
      ),
    )
  })

  it('never reads text with anything but digits and one separator', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const read = readTypedNumber(text, 'en-US')
        const plain = /^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(text)
        expect(read !== null).toBe(plain)
        if (read !== null) expect(Number.isFinite(read)).toBe(true)
      }),
    )
  })
})

describe('readOptionalNumber', () => {
  it('is null for an empty field and NaN for text that is not a number', () => {
    expect(readOptionalNumber('  ')).toBeNull()
    expect(readOptionalNumber('1e2')).toBeNaN()
    expect(readOptionalNumber('12')).toBe(12)
  })
})

describe('the renderer reads typed numbers only with readTypedNumber', () => {
  // Number() on values the app made itself: a digit key, a <select>'s option, a radio's value.
  const MADE_BY_THE_APP = [
    'Number(event.key)',
    'Number(kind)',
    'Number(e.target.value)',
    'Number(v) as Relief',
  ]
  it('has no Number(), parseFloat or parseInt on what a person typed', () => {
    const offenders = offendingLines(
      sourceFiles('src/renderer'),
      (line) =>
        /\bNumber\(|parseFloat|parseInt/.test(line) &&
        !MADE_BY_THE_APP.some((ok) => line.includes(ok)),
    )
    expect(offenders).toEqual([])
  })
})
