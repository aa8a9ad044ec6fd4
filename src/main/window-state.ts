/**
 * Remembering the window: size, position, maximised, and the last screen. Restoring is a pure
 * function so it can be tested: a saved position that is no longer on any display (a monitor was
 * unplugged) falls back to a centred default rather than opening off-screen.
 */
import { z } from 'zod'
import { onFirstUse } from '../shared/on-first-use'
import { ONE_PAYLOAD } from '../shared/one-payload'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export const windowState = onFirstUse(() =>
  z.object({
    bounds: z.object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().min(200).max(20_000),
      height: z.number().int().min(200).max(20_000),
    }),
    maximized: z.boolean().default(false),
  }),
)
export type WindowState = z.infer<typeof windowState>

export const DEFAULT_SIZE = { width: 1180, height: 800 }
export const MIN_SIZE = { width: 720, height: 560 }

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** Reads saved state (any JSON) and returns bounds that are visible on one of the displays. */
export function restoreWindowState(
  saved: unknown,
  workAreas: readonly Rect[],
): {
  bounds: Partial<Rect> & { width: number; height: number }
  maximized: boolean
} {
  const parsed = windowState.safeParse(saved, ONE_PAYLOAD)
  const primary = workAreas[0]
  const fallback = {
    width: Math.min(DEFAULT_SIZE.width, primary?.width ?? DEFAULT_SIZE.width),
    height: Math.min(DEFAULT_SIZE.height, primary?.height ?? DEFAULT_SIZE.height),
  }
  if (!parsed.success) return { bounds: fallback, maximized: false }
  const { bounds, maximized } = parsed.data
  // Keep it if at least a quarter of the window (and its title bar area) is on some display.
  const visible = workAreas.some(
    (area) =>
      overlap(bounds, area) >= (bounds.width * bounds.height) / 4 &&
      bounds.y >= area.y &&
      bounds.y < area.y + area.height,
  )
  if (!visible) return { bounds: fallback, maximized }
  return {
    bounds: {
      ...bounds,
      width: Math.max(MIN_SIZE.width, bounds.width),
      height: Math.max(MIN_SIZE.height, bounds.height),
    },
    maximized,
  }
}
