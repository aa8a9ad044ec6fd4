/**
 * The 0–10 numeric rating scale and its colour ramp. One sequential ramp, pale cream through
 * orange and red to deep purple, used everywhere pain is coloured and always next to the number.
 * Its CIE lightness falls by 7 to 9 at every step (94 down to 18), so each step stays distinct
 * from its neighbours in grey print, for red-green and blue-yellow colour blindness, and on the
 * light and the dark theme alike (tests/unit/pain-scale.test.ts holds it to that).
 */
export const PAIN_MIN = 0
export const PAIN_MAX = 10

/** The pain axis of every chart, on screen and in the report: the scale's two ends. */
export const PAIN_AXIS: readonly [number, number] = [PAIN_MIN, PAIN_MAX]
/** The scale's range as an axis title writes it: `0–10`. */
export const PAIN_RANGE = `${PAIN_MIN}–${PAIN_MAX}`
/** Its ticks: every second score, 0, 2, … 10. */
export const PAIN_TICKS: readonly number[] = Array.from(
  { length: (PAIN_MAX - PAIN_MIN) / 2 + 1 },
  (_, i) => PAIN_MIN + 2 * i,
)

export const PAIN_ANCHORS = { low: 'No pain', high: 'Worst pain imaginable' } as const

export const PAIN_RAMP: readonly string[] = [
  '#f7edd3',
  '#edd89d',
  '#ebbf69',
  '#eca045',
  '#eb7f39',
  '#e25c3a',
  '#cc3b3a',
  '#b21f40',
  '#940747',
  '#6c1554',
  '#421b54',
]

/** Text on a ramp colour: dark up to 5, white from 6, each at least 4.5:1. */
export function painTextColour(score: number): string {
  return score >= 6 ? '#ffffff' : '#1a1a1a'
}

export function painColour(score: number): string {
  const i = Math.max(PAIN_MIN, Math.min(PAIN_MAX, Math.round(score)))
  return PAIN_RAMP[i] ?? PAIN_RAMP[0]!
}

/** The bands of the scale, lowest first, each with the highest score in it. */
export const PAIN_BANDS = [
  { upTo: 0, word: 'no pain' },
  { upTo: 3, word: 'mild' },
  { upTo: 6, word: 'moderate' },
  { upTo: 9, word: 'severe' },
  { upTo: 10, word: 'worst imaginable' },
] as const

/**
 * A word for the band, so the number is never read from colour alone: no pain · mild (1–3) ·
 * moderate (4–6) · severe (7–9) · worst imaginable (10), the one vocabulary of every screen.
 */
export function painBand(score: number): string {
  return (PAIN_BANDS.find((b) => score <= b.upTo) ?? PAIN_BANDS[PAIN_BANDS.length - 1]!).word
}

export type PainBandWord = (typeof PAIN_BANDS)[number]['word']

/** The scores of a band, lowest and highest: severe → { from: 7, to: 9 }. */
export function bandScores(word: PainBandWord): { from: number; to: number } {
  const i = PAIN_BANDS.findIndex((b) => b.word === word)
  return { from: i === 0 ? PAIN_MIN : PAIN_BANDS[i - 1]!.upTo + 1, to: PAIN_BANDS[i]!.upTo }
}

/** A score in words, the one way every screen and label says it: 7 → "7 of 10, severe". */
export function painScoreWords(score: number): string {
  return `${score} of ${PAIN_MAX}, ${painBand(score)}`
}

/** A day's worst pain in words, the same on History, Trends and Today: "worst pain 7 of 10, severe". */
export function describeWorst(worst: number): string {
  return `worst pain ${painScoreWords(worst)}`
}
