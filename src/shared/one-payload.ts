/**
 * The parse options for a schema that checks one payload at a time: an IPC call, the stored
 * settings, the window's saved place. zod otherwise compiles a parser for an object schema the
 * first time it parses with it (`new Function`); that pays back over thousands of rows (a backup,
 * a CSV file), which keep it, but not for one payload, and it cost the main process's start about
 * 4 ms (README, Benchmark: main-process start work). The renderer never compiles (zod-jitless.ts).
 */
export const ONE_PAYLOAD = { jitless: true } as const
