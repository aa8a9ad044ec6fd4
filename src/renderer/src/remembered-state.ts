/**
 * useState that survives leaving the screen: a half-filled check-in or day record is still there
 * after a look at History. Kept in memory only (per journal file), never written anywhere.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react'

const memory = new Map<string, unknown>()

export function useRememberedState<T>(
  key: string,
  initial: T | (() => T),
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() =>
    memory.has(key)
      ? (memory.get(key) as T)
      : typeof initial === 'function'
        ? (initial as () => T)()
        : initial,
  )
  useEffect(() => {
    memory.set(key, value)
  }, [key, value])
  return [value, setValue]
}

/** Forgets a remembered value (after it was saved). */
export function forgetRemembered(key: string): void {
  memory.delete(key)
}
