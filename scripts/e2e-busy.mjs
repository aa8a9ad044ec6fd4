#!/usr/bin/env node
/**
 * Runs the e2e layer while the CPU is kept busy, to prove that no test depends on the machine's
 * speed (issue 13, point 9): two busy loops of our own spin for the whole run, each bounded —
 * it stops by itself after BUSY_MINUTES (default 30) even if this script is killed — and both
 * are stopped as soon as the tests end. Arguments are passed to `playwright test`.
 *
 *   npm run test:e2e:busy                       # the whole e2e layer
 *   npm run test:e2e:busy -- tests/e2e/trends.spec.ts
 */
import { spawn } from 'node:child_process'

const LOOPS = 2
const minutes = Number(process.env.BUSY_MINUTES ?? 30)

/** One loop: spins on the CPU until its deadline, checking the clock now and then. */
const LOOP = `
const end = Date.now() + ${Math.round(minutes * 60_000)}
let x = 0
while (Date.now() < end) for (let i = 0; i < 1e6; i++) x = (x * 31 + i) % 1000003
`

const loops = Array.from({ length: LOOPS }, () =>
  spawn(process.execPath, ['-e', LOOP], { stdio: 'ignore' }),
)
const stopLoops = () => {
  for (const loop of loops) if (loop.exitCode === null) loop.kill('SIGKILL')
}
process.on('exit', stopLoops)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopLoops()
    process.exit(130)
  })
}

console.log(`Two busy loops are running (each stops by itself within ${minutes} minutes).`)
const tests = spawn('npx', ['playwright', 'test', '--project', 'e2e', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
tests.on('exit', (code, signal) => {
  stopLoops()
  process.exit(code ?? (signal ? 1 : 0))
})
