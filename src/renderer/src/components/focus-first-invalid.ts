/**
 * Errors where the eye is (issue 13, point 8), the same on every form: after a refused save, the
 * first field at fault (marked `aria-invalid="true"`, and described by its message through
 * `aria-describedby`) takes the focus and is scrolled to the middle of the window — above a
 * sticky save bar, never under it. The outline comes from the stylesheet (`[aria-invalid]`).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, button'

/** The attributes of a field at fault, described by its message (the element `errorId`). */
export function invalidAttributes(
  invalid: boolean,
  errorId: string,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return invalid ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}
}

/** Focuses the first invalid field in `container` and brings it into view. */
export function focusFirstInvalid(container: HTMLElement | null): boolean {
  const field = container?.querySelector<HTMLElement>('[aria-invalid="true"]')
  if (!field) return false
  // A group (the pain scale, a list of chips) is invalid as a whole: its chosen or first control.
  const target = field.matches(FOCUSABLE)
    ? field
    : (field.querySelector<HTMLElement>('input:checked') ??
      field.querySelector<HTMLElement>(FOCUSABLE) ??
      field)
  target.focus({ preventScroll: true })
  field.scrollIntoView({ block: 'center' })
  return true
}

/**
 * Returns `refused()`: call it when a save is refused; once the errors are on the screen, the
 * first field at fault in `container` is focused and in view.
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>): () => void {
  const [asked, setAsked] = useState(0)
  useEffect(() => {
    if (asked > 0) focusFirstInvalid(container.current)
  }, [asked, container])
  return useCallback(() => setAsked((n) => n + 1), [])
}

/**
 * Returns `focusWhenReady(selector)`: the first element matching `selector` takes the focus as
 * soon as it exists and can take it (a list may move or add the element a render or two
 * later, and a disabled button refuses the focus). Until then each render tries again.
 *
 * With `onlyIfLost`, it gives back a focus the action takes away (the form it was in closes, the
 * button it was on goes away or is disabled while saving): it is taken only while the focus is
 * nowhere (on the page's body), and forgotten once something else than where it was asked from
 * has it — a warning notice that takes the focus comes first, and so does the person moving on.
 */
export function useFocusWhenReady({ onlyIfLost = false } = {}): (selector: string) => void {
  const pending = useRef<{ selector: string; from: Element | null } | null>(null)
  useEffect(() => {
    if (pending.current === null) return
    const active = document.activeElement
    if (onlyIfLost && active !== null && active !== document.body) {
      // Still where it was asked from (the action is under way), or taken by something else.
      if (active !== pending.current.from) pending.current = null
      return
    }
    const el = document.querySelector<HTMLElement>(pending.current.selector)
    if (!el) return
    el.focus()
    if (document.activeElement === el) pending.current = null
  })
  return useCallback((selector: string) => {
    pending.current = { selector, from: document.activeElement }
  }, [])
}
