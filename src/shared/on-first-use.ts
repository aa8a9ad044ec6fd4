/**
 * A value built the first time it is used, for the zod schemas of src/shared: loading the main
 * process's code built every one of them (about 650 zod objects; loading the bundle took 51 ms
 * with them and 28 ms without, on Electron's Node here) although the main process never checks an
 * answer and its first answers check almost nothing (README, Benchmark). Wrapped, a schema costs
 * nothing until something parses with it, reads its shape or builds another schema from it; a
 * schema built from wrapped ones (`z.array(checkin)`, `z.strictObject({ id })`) holds them
 * wrapped, so it does not build them either.
 *
 * The stand-in becomes the built value the first time anything is read from it: it takes the
 * value's own properties and prototype, so its methods, `.shape`, `instanceof` and the way of
 * using it are the value's own, and a later read is an ordinary property load. (A stand-in that
 * stayed a Proxy made every row of a long backup read each field's schema through the Proxy: a
 * 20 y ×5 backup took 198–235 ms to parse against 156–201 ms now, README, Benchmark.) Until then
 * it has no own keys, so spreading or listing one never used finds nothing; nothing in the app
 * spreads or lists a schema. A schema that one of its methods makes (`dayString.nullable()`)
 * holds the built value, not the stand-in.
 */
export function onFirstUse<T extends object>(build: () => T): T {
  const standIn = {} as T
  let built: T | undefined
  const become = (): T => {
    if (built === undefined) {
      built = build()
      Object.setPrototypeOf(standIn, Object.getPrototypeOf(built) as object | null)
      Object.defineProperties(standIn, Object.getOwnPropertyDescriptors(built))
    }
    return built
  }
  // Only reached while `standIn` is still empty: its first read, test or write ends here.
  const firstUse = new Proxy(Object.create(null) as object, {
    get: (_target, key, receiver) => (become(), Reflect.get(standIn, key, receiver)),
    has: (_target, key) => (become(), Reflect.has(standIn, key)),
    set: (_target, key, next, receiver) => (become(), Reflect.set(standIn, key, next, receiver)),
    getPrototypeOf: () => (become(), Object.getPrototypeOf(standIn) as object | null),
  })
  Object.setPrototypeOf(standIn, firstUse)
  return standIn
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
