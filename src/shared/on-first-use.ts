/**
 * A value built the first time it is used, for the zod schemas of src/shared: loading the main
 * process's code built every one of them (about 650 zod objects; loading the bundle took 51 ms
 * with them and 28 ms without, on Electron's Node here) although the main process never checks an
 * answer and its first answers check almost nothing (README, Benchmark). Wrapped, a schema costs
 * nothing until something parses with it, reads its shape or builds another schema from it; a
 * schema built from wrapped ones (`z.array(checkin)`, `z.strictObject({ id })`) holds them
 * wrapped, so it does not build them either.
 *
 * The wrapper stands for the built value: every read goes to it (its methods, `.shape`,
 * `instanceof`, its keys), so the type and the way of using it are the value's own. A schema
 * that one of its methods makes (`dayString.nullable()`) holds the built value, not the wrapper.
 */
export function onFirstUse<T extends object>(build: () => T): T {
  let built: T | undefined
  const value = (): T => (built ??= build())
  return new Proxy({} as T, {
    get: (_target, key) => {
      const it = value()
      return Reflect.get(it, key, it) as unknown
    },
    has: (_target, key) => Reflect.has(value(), key),
    set: (_target, key, next) => Reflect.set(value(), key, next),
    getPrototypeOf: () => Object.getPrototypeOf(value()) as object | null,
    ownKeys: () => Reflect.ownKeys(value()),
    // Said to be configurable: a proxy may not claim a fixed property its own target lacks.
    getOwnPropertyDescriptor: (_target, key) => {
      const own = Reflect.getOwnPropertyDescriptor(value(), key)
      return own && { ...own, configurable: true }
    },
  })
}

/** Each entry of `thunks` built on first use: for a table of schemas such as the contract. */
export function eachOnFirstUse<T extends Record<string, Record<string, () => object>>>(
  thunks: T,
): { [K in keyof T]: { [P in keyof T[K]]: ReturnType<T[K][P]> } } {
  return Object.fromEntries(
    Object.entries(thunks).map(([key, parts]) => [
      key,
      Object.fromEntries(Object.entries(parts).map(([part, build]) => [part, onFirstUse(build)])),
    ]),
  ) as { [K in keyof T]: { [P in keyof T[K]]: ReturnType<T[K][P]> } }
}
