import { describe, expect, it, vi } from 'vitest'
import { APP_COMMAND_EVENT, CHANNELS, createBridge } from '../../src/shared/channels'
import { contract } from '../../src/shared/contract'
import { checkinInput, dayRange, dayRecord } from '../../src/shared/schemas'
import { settings } from '../../src/shared/settings-schema'

const good = { at: '2026-11-25T08:30:00+01:00', pain: 4 }

describe('the contract', () => {
  it('declares every bridge method’s channel, and no channel without a method', () => {
    expect(Object.values(CHANNELS).sort()).toEqual(Object.keys(contract).sort())
  })

  it('formats no number while its schemas are built (the first costs the main process ~12 ms)', async () => {
    vi.resetModules()
    const made = vi.spyOn(Intl, 'NumberFormat')
    const fresh = await import('../../src/shared/contract').finally(() => made.mockRestore())
    expect(made).not.toHaveBeenCalled()
    // Still said, in full, when a dose is refused.
    const refused = fresh.contract['checkins:save'].input.safeParse({
      ...good,
      remedies: [{ remedyId: 1, doseMg: 1e9 }],
    })
    expect(refused.error?.issues[0]?.message).toMatch(/^A single dose can be at most \d\S* mg: /)
  })

  it('names channels domain:verb', () => {
    for (const channel of Object.keys(contract)) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/)
  })

  it('builds a bridge with exactly one method per channel, each invoking its channel', async () => {
    const calls: [string, unknown][] = []
    const listeners = new Map<string, (payload: unknown) => void>()
    const saidListening: boolean[] = []
    const bridge = createBridge(
      CHANNELS,
      async (channel, payload) => {
        calls.push([channel, payload])
        return null
      },
      (event, listener) => {
        listeners.set(event, listener)
        return () => listeners.delete(event)
      },
      APP_COMMAND_EVENT,
      // The page says it listens only once its listener is in place.
      () => saidListening.push(listeners.has(APP_COMMAND_EVENT)),
    )
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(CHANNELS), 'onAppCommand'].sort())
    for (const [method, channel] of Object.entries(CHANNELS)) {
      await bridge[method]!({ probe: method })
      expect(calls.at(-1)).toEqual([channel, { probe: method }])
    }
    expect(Object.isFrozen(bridge)).toBe(true)

    expect(saidListening, 'nothing said before anyone listens').toEqual([])
    const heard: unknown[] = []
    const unsubscribe = bridge['onAppCommand']!((command: unknown) =>
      heard.push(command),
    ) as () => void
    expect(saidListening).toEqual([true])
    listeners.get(APP_COMMAND_EVENT)?.('show-history')
    listeners.get(APP_COMMAND_EVENT)?.({ not: 'a command' })
    expect(heard).toEqual(['show-history'])
    unsubscribe()
    expect(listeners.has(APP_COMMAND_EVENT)).toBe(false)
  })
})

describe('check-in input', () => {
  it('accepts a plain score and fills the defaults', () => {
    expect(checkinInput.parse(good)).toEqual({
      ...good,
      spasm: null,
      regions: [],
      context: null,
      triggerIds: [],
      remedies: [],
      redFlags: [],
      note: '',
    })
  })

  it('accepts a full check-in', () => {
    const full = {
      ...good,
      id: 3,
      spasm: true,
      regions: ['lower-back-left', 'buttock-leg-left'],
      context: 'sitting',
      triggerIds: [1, 2],
      remedies: [{ remedyId: 13, doseMg: 400, minutes: null, relief: 1 }],
      redFlags: ['fever'],
      note: 'Long drive 🚗, "bad" day',
    }
    expect(checkinInput.parse(full)).toEqual(full)
  })

  it.each([
    ['pain 11', { ...good, pain: 11 }, 'pain'],
    ['pain -1', { ...good, pain: -1 }, 'pain'],
    ['pain 2.5', { ...good, pain: 2.5 }, 'pain'],
    ['pain as text', { ...good, pain: '4' }, 'pain'],
    ['pain NaN', { ...good, pain: Number.NaN }, 'pain'],
    ['missing pain', { at: good.at }, 'pain'],
    ['missing time', { pain: 4 }, 'at'],
    ['a time without offset', { ...good, at: '2026-11-25T08:30:00' }, 'at'],
    ['an impossible date', { ...good, at: '2026-02-30T08:30:00+01:00' }, 'at'],
    ['an extra field', { ...good, mood: 'grumpy' }, ''],
    ['an unknown region', { ...good, regions: ['neck'] }, 'regions.0'],
    ['an unknown red flag', { ...good, redFlags: ['headache'] }, 'redFlags.0'],
    ['a negative dose', { ...good, remedies: [{ remedyId: 1, doseMg: -5 }] }, 'remedies.0.doseMg'],
    ['a relief of 5', { ...good, remedies: [{ remedyId: 1, relief: 5 }] }, 'remedies.0.relief'],
    ['a huge note', { ...good, note: 'x'.repeat(20_001) }, 'note'],
    ['spasm as text', { ...good, spasm: 'yes' }, 'spasm'],
    ['not an object', 'pain=4', ''],
    ['null', null, ''],
  ])('rejects %s', (_name, payload, path) => {
    const result = checkinInput.safeParse(payload)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path)
  })

  it('explains a bad score in words', () => {
    const result = checkinInput.safeParse({ ...good, pain: 11 })
    expect(result.error?.issues[0]?.message).toBe('Pain must be from 0 to 10')
  })
})

describe('other payloads', () => {
  it('rejects a range that ends before it starts', () => {
    expect(dayRange.safeParse({ from: '2026-11-25', to: '2026-11-01' }).success).toBe(false)
    expect(dayRange.safeParse({ from: '2026-11-01', to: '2026-11-25' }).success).toBe(true)
  })

  it('checks day records item by item', () => {
    expect(dayRecord.safeParse({ day: '2026-11-25', sleepQuality: 7 }).success).toBe(true)
    expect(dayRecord.safeParse({ day: '2026-11-25', sleepQuality: 11 }).success).toBe(false)
    expect(dayRecord.safeParse({ day: '2026-11-25', minutesWalked: -3 }).success).toBe(false)
    expect(dayRecord.safeParse({ day: '25/11/2026' }).success).toBe(false)
  })

  it('bounds the day-start hour', () => {
    expect(settings.partial().safeParse({ dayStartHour: 4 }).success).toBe(true)
    expect(settings.partial().safeParse({ dayStartHour: 13 }).success).toBe(false)
    expect(settings.partial().safeParse({ theme: 'neon' }).success).toBe(false)
  })
})
