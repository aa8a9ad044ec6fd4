import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { keepGoing } from '../../src/main/keep-going'

function recorder() {
  const lines: string[] = []
  return { lines, log: (message: string) => void lines.push(message) }
}

describe('background work in the main process', () => {
  it('never throws: a failure (a SQLite error) is logged, and the next run tries again', () => {
    const { lines, log } = recorder()
    let runs = 0
    const check = keepGoing(
      'The reminder check',
      () => {
        runs += 1
        throw new Error('SQLITE_IOERR: disk I/O error')
      },
      log,
    )
    expect(() => check()).not.toThrow()
    expect(() => check()).not.toThrow()
    expect(runs).toBe(2)
    expect(lines).toEqual(['The reminder check failed; it will be tried again.'])
  })

  it('logs a repeated failure once, a different one again, and the recovery', () => {
    const { lines, log } = recorder()
    let error: Error | null = new Error('disk I/O error')
    const check = keepGoing(
      'The reminder check',
      () => {
        if (error) throw error
      },
      log,
    )
    check()
    check()
    error = new Error('database disk image is malformed')
    check()
    error = null
    check()
    check()
    expect(lines).toEqual([
      'The reminder check failed; it will be tried again.',
      'The reminder check failed; it will be tried again.',
      'The reminder check works again.',
    ])
  })

  it('catches a rejected promise too (the hourly backup is async)', async () => {
    const { lines, log } = recorder()
    const backup = keepGoing(
      'The daily backup',
      async () => {
        throw new Error('SQLITE_FULL: database or disk is full')
      },
      log,
    )
    expect(() => backup()).not.toThrow()
    // The rejection is handled once the promise settles: after this turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve))
    expect(lines).toEqual(['The daily backup failed; it will be tried again.'])
  })

  it('runs the work as it is when nothing fails, logging nothing', () => {
    const { lines, log } = recorder()
    let runs = 0
    keepGoing('The reminder check', () => void (runs += 1), log)()
    expect(runs).toBe(1)
    expect(lines).toEqual([])
  })
})

describe('the main process', () => {
  const dir = resolve(__dirname, '../../src/main')
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  )

  it('runs every timer and wake-up handler through keepGoing', () => {
    const found: string[] = []
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8')
      const wrapped = new Set(
        [...text.matchAll(/const (\w+) = keepGoing\(/g)].map((m) => String(m[1])),
      )
      const handlers = [
        ...text.matchAll(/setInterval\(\s*([\w.]+)(\(?)/g),
        ...text.matchAll(/powerMonitor\.on\('[\w-]+', ([\w.]+)(\(?)/g),
      ]
      for (const [, name = '', call] of handlers) {
        found.push(`${file}: ${name}`)
        expect(
          (name === 'keepGoing' && call === '(') || wrapped.has(name),
          `${file}: ${name}`,
        ).toBe(true)
      }
    }
    // The reminder check (every minute and on waking) and the hourly backup.
    expect(found.sort()).toEqual(['desktop.ts: check', 'desktop.ts: check', 'index.ts: keepGoing'])
  })
})
