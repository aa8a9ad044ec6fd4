/**
 * The 0–10 numeric rating scale and its colour ramp. One sequential ramp, light to dark, used
 * everywhere pain is coloured and always next to the number; its lightness falls steadily, so
 * it still reads when printed in grey and for colour-blind eyes.
 */
export const PAIN_MIN = 0
export const PAIN_MAX = 10

export const PAIN_ANCHORS = { low: 'No pain', high: 'Worst pain imaginable' } as const

export const PAIN_RAMP: readonly string[] = [
  '#f4f1e8',
  '#fbe7b5',
  '#fcd48c',
  '#fbbd6b',
  '#f8a055',
  '#ef8048',
  '#dd5f45',
  '#c2424c',
  '#9d2f55',
  '#74215a',
  '#4a1650',
]

/** Text on a ramp colour: dark up to 6, white from 7, each at least 4.5:1. */
export function painTextColour(score: number): string {
  return score >= 7 ? '#ffffff' : '#1a1a1a'
}

export function painColour(score: number): string {
  const i = Math.max(PAIN_MIN, Math.min(PAIN_MAX, Math.round(score)))
  return PAIN_RAMP[i] ?? PAIN_RAMP[0]!
}

/** A word for the band, so the number is never read from colour alone. */
export function painBand(score: number): string {
  if (score <= 0) return 'no pain'
  if (score <= 3) return 'mild'
  if (score <= 6) return 'moderate'
  return 'severe'
}
