/**
 * `npm run dev` without an Electron binary: the real `electron-vite dev --rendererOnly` (the
 * renderer's dev server, configured by electron.vite.config.ts), with a stand-in in place of the
 * Electron executable. electron-vite starts "Electron" once the server listens and hands it the
 * dev URL in ELECTRON_RENDERER_URL, the variable src/main/index.ts reads; the stand-in prints that
 * URL and waits, so a test can load it in Chromium the way the app window would.
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')
const URL_LINE = /^stand-in electron: renderer at (\S+)$/m

export interface DevServer {
  /** The URL electron-vite gave the app (ELECTRON_RENDERER_URL). */
  url: string
  /** Everything electron-vite printed so far. */
  output(): string
  stop(): Promise<void>
}

export async function startDevServer(): Promise<DevServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pj-dev-'))
  const standIn = join(dir, 'electron')
  writeFileSync(
    standIn,
    `#!${process.execPath}\n` +
      'console.log(`stand-in electron: renderer at ${process.env.ELECTRON_RENDERER_URL}`)\n' +
      // Stays up like the app would, until electron-vite passes on the signal that stops it.
      'setInterval(() => {}, 1 << 30)\n',
  )
  chmodSync(standIn, 0o755)
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'dev', '--rendererOnly'],
    {
      cwd: ROOT,
      env: { ...process.env, ELECTRON_EXEC_PATH: standIn, NO_COLOR: '1' },
      // Its own process group, so stopping it takes the stand-in along.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const url = await new Promise<string>((done, fail) => {
    const hear = (chunk: Buffer) => {
      output += chunk.toString()
      const found = URL_LINE.exec(output)
      if (found?.[1]) done(found[1])
    }
    child.stdout.on('data', hear)
    child.stderr.on('data', hear)
    child.once('exit', (code) =>
      fail(new Error(`electron-vite dev exited (${code}) before starting the app:\n${output}`)),
    )
  }).catch(async (error: unknown) => {
    await stop()
    throw error
  })
  return { url, output: () => output, stop }
}
