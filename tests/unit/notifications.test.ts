import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_ID, appUserModelId, createNotificationHolder } from '../../src/main/notifications'

/** Stands in for Electron's Notification: an emitter whose close() emits 'close', as it does. */
class FakeNotification extends EventEmitter {
  closed = false
  close(): void {
    this.closed = true
    this.emit('close')
  }
}

describe('a reminder notification', () => {
  it('is held until it is clicked, so the click still reaches the app', () => {
    const holder = createNotificationHolder<FakeNotification>()
    const note = holder.hold(new FakeNotification())
    expect(holder.held()).toBe(note)
    note.emit('click')
    expect(holder.held()).toBeNull()
  })

  it('is let go when closed or when showing it failed', () => {
    const holder = createNotificationHolder<FakeNotification>()
    holder.hold(new FakeNotification()).emit('close')
    expect(holder.held()).toBeNull()
    holder.hold(new FakeNotification()).emit('failed')
    expect(holder.held()).toBeNull()
  })

  it('is replaced by the next reminder, which closes it: one at a time, nothing piles up', () => {
    const holder = createNotificationHolder<FakeNotification>()
    const first = holder.hold(new FakeNotification())
    const second = holder.hold(new FakeNotification())
    expect(first.closed).toBe(true)
    expect(holder.held()).toBe(second)
    // The first one's late events do not let go of the second.
    first.emit('click')
    expect(holder.held()).toBe(second)
  })

  it('is held by the shell: desktop.ts shows it only through the holder', () => {
    const desktop = readFileSync(resolve(__dirname, '../../src/main/desktop.ts'), 'utf8')
    expect(desktop).toMatch(/reminders\.hold\(\s*new Notification\(/)
    expect(desktop.match(/new Notification\(/g)).toHaveLength(1)
  })
})

describe('the app identity on Windows', () => {
  it('is the appId electron-builder gives the installed app’s shortcut', async () => {
    const { getConfig } = await import('app-builder-lib/out/util/config/config.js')
    const config = (await getConfig(resolve(__dirname, '../..'), null, null)) as { appId?: string }
    expect(config.appId).toBe(APP_ID)
    expect(appUserModelId(true, 'C:\\Program Files\\Pain Journal\\Pain Journal.exe')).toBe(APP_ID)
  })

  it('is the Electron executable when run from source, which has no shortcut of its own', () => {
    const electron = 'C:\\dev\\pain-journal\\node_modules\\electron\\dist\\electron.exe'
    expect(appUserModelId(false, electron)).toBe(electron)
  })

  it('is set before the app shows anything', () => {
    const index = readFileSync(resolve(__dirname, '../../src/main/index.ts'), 'utf8')
    const set = index.indexOf(
      'app.setAppUserModelId(appUserModelId(app.isPackaged, process.execPath))',
    )
    expect(set).toBeGreaterThan(0)
    expect(set).toBeLessThan(index.indexOf('async function main()'))
  })
})
