/**
 * The one severity vocabulary of every health message (DESIGN.md section 3, "One voice"). Today,
 * History, Trends, Settings and the report say these four words and no others; the renderer
 * gives each its icon and colour (components/Notice.tsx), and the word always shows with them,
 * so nothing depends on colour alone.
 */

export const SEVERITIES = ['emergency', 'today', 'visit', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  emergency: 'Emergency',
  today: 'See a doctor today',
  visit: 'Book a visit',
  info: 'For your information',
}

/** Most serious first: a lower rank comes first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  emergency: 0,
  today: 1,
  visit: 2,
  info: 3,
}

/** The two tiers of warning signs (DESIGN.md section 2). */
export type WarningTier = Extract<Severity, 'emergency' | 'today'>

export function moreSerious<S extends Severity>(a: S, b: S): S {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b
}

/** The most serious of a list of severities; null for none. */
export function mostSerious<S extends Severity>(severities: readonly S[]): S | null {
  return severities.length === 0 ? null : severities.reduce((a, b) => moreSerious(a, b))
}
