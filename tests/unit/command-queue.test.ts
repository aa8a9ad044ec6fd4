import { describe, expect, it } from 'vitest'
import { MAX_WAITING_COMMANDS, createCommandQueue } from '../../src/main/command-queue'

function queue() {
  const delivered: string[] = []
  return { delivered, commands: createCommandQueue((c) => delivered.push(c)) }
}

describe('commands to a window', () => {
  it('wait while the page loads and are delivered, in order, once it listens', () => {
    const { delivered, commands } = queue()
    commands.send('show-trends')
    commands.send('new-checkin')
    expect(delivered).toEqual([])
    commands.ready()
    expect(delivered).toEqual(['show-trends', 'new-checkin'])
  })

  it('go straight through once the page listens, and are never delivered twice', () => {
    const { delivered, commands } = queue()
    commands.ready()
    commands.send('new-checkin')
    commands.ready()
    expect(delivered).toEqual(['new-checkin'])
  })

  it('wait again while a new page loads (a reload), until that page listens', () => {
    const { delivered, commands } = queue()
    commands.ready()
    commands.reset()
    commands.send('show-history')
    expect(delivered).toEqual([])
    commands.ready()
    expect(delivered).toEqual(['show-history'])
  })

  it('keep only the latest few while a page never says it listens', () => {
    const { delivered, commands } = queue()
    for (let i = 0; i < MAX_WAITING_COMMANDS + 5; i++) commands.send(`c${i}`)
    commands.ready()
    expect(delivered).toHaveLength(MAX_WAITING_COMMANDS)
    expect(delivered.at(-1)).toBe(`c${MAX_WAITING_COMMANDS + 4}`)
  })
})
