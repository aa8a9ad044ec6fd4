import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * The width last measured. Trends' charts all sit in cards of one width, so a chart drawn anew
 * (another period, a visit back) starts at it: the measure then finds the width it already has,
 * and the charts are not drawn a second time at once.
 */
let lastWidth: number | null = null

/**
 * The width in whole CSS pixels of the element `ref` is put on, kept up to date as the window
 * changes size. Measured before the first paint, so a drawing sized from it never jumps. A width
 * of 0 is a hidden element (React hides a screen while the next one loads): the last is kept.
 */
export function useWidth<T extends Element>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(() => lastWidth ?? fallback)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const keep = (width: number) => {
      if (width <= 0) return
      lastWidth = Math.floor(width)
      setWidth(lastWidth)
    }
    keep(element.getBoundingClientRect().width)
    const observer = new ResizeObserver(([entry]) => {
      if (entry) keep(entry.contentRect.width)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
