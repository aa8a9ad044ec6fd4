/**
 * The pain colour ramp (UI brief: one sequential, colour-blind-safe ramp that reads in grey,
 * always with the number), checked by colour arithmetic written out here: sRGB to CIELAB, WCAG
 * contrast, and the colour-vision-deficiency matrices of Machado, Oliveira and Fernandes (2009).
 */
import { describe, expect, it } from 'vitest'
import {
  bandScores,
  describeWorst,
  PAIN_BANDS,
  PAIN_MAX,
  PAIN_MIN,
  PAIN_RAMP,
  painBand,
  painColour,
  painScoreWords,
  painTextColour,
} from '../../src/shared/pain-scale'

type Rgb = readonly [number, number, number]

const channels = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}
const toLinear = (v: number): number => {
  const c = v / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}
const linear = (hex: string): Rgb => {
  const [r, g, b] = channels(hex)
  return [toLinear(r), toLinear(g), toLinear(b)]
}

/** CIELAB (D65) from linear sRGB. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}
const distance = (a: Rgb, b: Rgb): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

const luminance = (hex: string): number => {
  const [r, g, b] = linear(hex)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** Severity-1 simulations, applied in linear RGB (Machado et al. 2009). */
const DEFICIENCIES: Record<string, readonly Rgb[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}
const clamp01 = (v: number) => Math.min(1, Math.max(0, v))
const seenWith = (matrix: readonly Rgb[], hex: string): Rgb => {
  const c = linear(hex)
  const row = (m: Rgb) => clamp01(m[0] * c[0] + m[1] * c[1] + m[2] * c[2])
  return [row(matrix[0]!), row(matrix[1]!), row(matrix[2]!)]
}

const neighbours = PAIN_RAMP.slice(1).map((colour, i) => [PAIN_RAMP[i]!, colour] as const)

describe('the pain colour ramp', () => {
  it('has one colour per score from 0 to 10, and painColour rounds and clamps into it', () => {
    expect(PAIN_RAMP).toHaveLength(11)
    expect(painColour(3.4)).toBe(PAIN_RAMP[3])
    expect(painColour(-2)).toBe(PAIN_RAMP[0])
    expect(painColour(14)).toBe(PAIN_RAMP[10])
  })

  it('gets darker at every step by a lightness difference that still shows in grey print', () => {
    for (const [a, b] of neighbours) {
      const drop = lab(linear(a))[0] - lab(linear(b))[0]
      expect(drop, `${a} → ${b}`).toBeGreaterThanOrEqual(6.5)
    }
  })

  it('keeps neighbouring steps apart for each kind of colour blindness', () => {
    for (const [kind, matrix] of Object.entries(DEFICIENCIES)) {
      for (const [a, b] of neighbours) {
        const apart = distance(lab(seenWith(matrix, a)), lab(seenWith(matrix, b)))
        expect(apart, `${kind}: ${a} → ${b}`).toBeGreaterThanOrEqual(6.5)
      }
    }
  })

  it('writes each number on its colour at 4.5:1 or more', () => {
    PAIN_RAMP.forEach((colour, score) => {
      expect(contrast(colour, painTextColour(score)), `score ${score}`).toBeGreaterThanOrEqual(4.5)
    })
  })
})

describe('the bands and the words for a score', () => {
  it('covers every score from PAIN_MIN to PAIN_MAX once, 10 in a band of its own', () => {
    const scores = PAIN_BANDS.flatMap((b) => {
      const { from, to } = bandScores(b.word)
      return Array.from({ length: to - from + 1 }, (_, i) => from + i)
    })
    expect(scores).toEqual(Array.from({ length: PAIN_MAX - PAIN_MIN + 1 }, (_, i) => i))
    expect(bandScores('worst imaginable')).toEqual({ from: 10, to: 10 })
    expect(bandScores('severe')).toEqual({ from: 7, to: 9 })
    for (const b of PAIN_BANDS) expect(painBand(bandScores(b.word).from)).toBe(b.word)
  })

  it("says a score and a day's worst one way", () => {
    expect(painScoreWords(7)).toBe('7 of 10, severe')
    expect(painScoreWords(10)).toBe('10 of 10, worst imaginable')
    expect(describeWorst(0)).toBe('worst pain 0 of 10, no pain')
  })
})
