import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * The width in whole CSS pixels of the element `ref` is put on, kept up to date as the window
 * changes size. Measured before the first paint, so a drawing sized from it never jumps. A width
 * of 0 is a hidden element (React hides a screen while the next one loads): the last is kept.
 */
export function useWidth<T extends Element>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const keep = (width: number) => {
      if (width > 0) setWidth(Math.floor(width))
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
