/**
 * Chart geometry both the app's charts (src/renderer/src/features/trends) and the report's
 * printed chart (src/main/report/report-chart.ts) draw with: the straight scale from values to
 * pixels and the line through a series that breaks where a day has no value.
 */

export type Scale = (value: number) => number

/** The straight map from `domain` onto `range` (pixels). */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0)
  return (v) => r0 + (v - d0) * k
}

/** Coordinates to a tenth of a pixel: shorter paths, no visible difference. */
export const px = (v: number): number => Math.round(v * 10) / 10

/**
 * A line through the points (`xs` in pixels, `values` on `y`'s scale), lifted where a value is
 * null: a day not logged is a gap, never bridged.
 */
export function linePath(xs: readonly number[], values: readonly (number | null)[], y: Scale) {
  let d = ''
  let down = false
  for (const [i, v] of values.entries()) {
    if (v === null) down = false
    else {
      d += `${down ? 'L' : 'M'}${px(xs[i] ?? 0)},${px(y(v))}`
      down = true
    }
  }
  return d
}
