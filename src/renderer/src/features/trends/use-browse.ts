import { useState, type KeyboardEvent, type MouseEvent } from 'react'

/**
 * Reading a plain SVG chart point by point, with the mouse or the keyboard: the point nearest the
 * pointer, or, once the chart has focus, the arrow keys move from one to the next (Home and End
 * to the first and last). `xs` are the points' x positions in the SVG, in order.
 */
export function useBrowse(xs: readonly number[]) {
  const [active, setActive] = useState<number | null>(null)
  const last = xs.length - 1
  const nearest = (x: number): number => {
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
  const handlers = {
    tabIndex: 0,
    onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
      const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1 }
      let next: number | null = null
      if (event.key in step) next = (active ?? last) + (step[event.key] ?? 0)
      else if (event.key === 'Home') next = 0
      else if (event.key === 'End') next = last
      if (next === null || last < 0) return
      event.preventDefault()
      setActive(Math.max(0, Math.min(last, next)))
    },
    onFocus: () => setActive((a) => a ?? (last < 0 ? null : last)),
    onBlur: () => setActive(null),
    onMouseMove(event: MouseEvent<SVGSVGElement>) {
      if (last < 0) return
      const box = event.currentTarget.getBoundingClientRect()
      setActive(nearest(event.clientX - box.left))
    },
    onMouseLeave: () => setActive(null),
  }
  return { active, handlers }
}
