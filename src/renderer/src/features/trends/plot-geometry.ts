/**
 * The geometry of the plain SVG charts, apart from their components: the plotting
 * area, the paths of areas and marks, and how the pointer and the keys pick a point. The scale and
 * the line with gaps are shared with the report's chart (src/shared/plot-paths.ts).
 */
import { px, type Scale } from '../../../../shared/plot-paths'

/** Left, top, right and bottom edges of the plotting area. */
export interface Plot {
  left: number
  top: number
  right: number
  bottom: number
}

/** The area under the points down to `base`, joined across nulls (a zoom strip's preview). */
export function areaPath(
  xs: readonly number[],
  values: readonly (number | null)[],
  y: Scale,
  base: number,
) {
  let d = ''
  let lastX = 0
  for (const [i, v] of values.entries()) {
    if (v === null) continue
    const x = px(xs[i] ?? 0)
    d += d === '' ? `M${x},${px(base)}L${x},${px(y(v))}` : `L${x},${px(y(v))}`
    lastX = x
  }
  return d === '' ? '' : `${d}L${lastX},${px(base)}Z`
}

/** A mark per point, all in one path: dots, or the flags' triangles and diamonds. */
export function marksPath(
  shape: 'dot' | 'triangle' | 'diamond',
  points: readonly (readonly [number, number])[],
  size: number,
) {
  const r = size
  const mark = {
    dot: `m${-r},0a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`,
    triangle: `m0,${-r}l${r},${1.75 * r}h${-2 * r}z`,
    diamond: `m0,${-r}l${r},${r}l${-r},${r}l${-r},${-r}z`,
  }[shape]
  let d = ''
  for (const [x, y] of points) d += `M${px(x)},${px(y)}${mark}`
  return d
}

/** The index of the value in `xs` (in order) nearest `x`; -1 if there is none. */
export function nearestIndex(xs: readonly number[], x: number): number {
  const last = xs.length - 1
  if (last < 0) return -1
  let low = 0
  let high = last
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((xs[mid] ?? 0) < x) low = mid + 1
    else high = mid
  }
  const before = low > 0 ? low - 1 : low
  return Math.abs((xs[before] ?? 0) - x) <= Math.abs((xs[low] ?? 0) - x) ? before : low
}

/**
 * Where a key moves a cursor over points 0…`last` from `current`: the arrows by one (Up and Down
 * too, as on a slider), Page Up and Page Down by `page`, Home and End to either end; null for
 * any other key.
 */
export function indexForKey(key: string, current: number, last: number, page = 1): number | null {
  const step: Record<string, number> = {
    ArrowLeft: -1,
    ArrowDown: -1,
    ArrowRight: 1,
    ArrowUp: 1,
    PageDown: -page,
    PageUp: page,
  }
  const next =
    key === 'Home' ? 0 : key === 'End' ? last : key in step ? current + (step[key] ?? 0) : null
  return next === null ? null : Math.max(0, Math.min(last, next))
}
