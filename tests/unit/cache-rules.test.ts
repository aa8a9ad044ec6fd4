import { QueryClient, QueryObserver, type QueryKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { afterWrite, keyOf } from '../../src/renderer/src/cache-rules'
import type { Checkin } from '../../src/shared/domain'

const checkin = (id: number, at: string, doses: [number, number | null][] = []): Checkin => ({
  id,
  at,
  day: at.slice(0, 10),
  pain: 4,
  spasm: null,
  regions: [],
  context: null,
  triggerIds: [],
  remedies: doses.map(([remedyId, doseMg]) => ({ remedyId, doseMg, minutes: null, relief: null })),
  redFlags: [],
  note: '',
})

/** A cache with these answers, each read watched (as a view on screen would). */
function cacheWith(answers: [QueryKey, unknown][]): { client: QueryClient; asked: string[] } {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const asked: string[] = []
  for (const [key, data] of answers) {
    client.setQueryData(key, data)
    // Fresh until a write says otherwise: only what a write marks stale is asked again.
    const observer = new QueryObserver(client, {
      queryKey: key,
      staleTime: Infinity,
      queryFn: () => {
        asked.push(String(key[0]))
        return data
      },
    })
    observer.subscribe(() => {})
  }
  return { client, asked }
}

const TODAY = { from: '2026-03-01', to: '2026-03-01' }
const LAST = checkin(7, '2026-02-28T20:00:00+01:00', [[13, 400]])

function todayCache() {
  return cacheWith([
    [keyOf('checkins:list', TODAY), []],
    [keyOf('insights:get', { asOf: '2026-03-01' }), { asOf: '2026-03-01' }],
    [keyOf('acknowledgements:list', { day: '2026-03-01' }), []],
    [keyOf('days:get', { day: '2026-03-01' }), null],
    [keyOf('checkins:last', undefined), LAST],
    [
      keyOf('remedies:last-doses', undefined),
      [
        { remedyId: 13, doseMg: 400, day: '2026-02-28' },
        { remedyId: 14, doseMg: 500, day: '2026-02-20' },
      ],
    ],
    [keyOf('journal:status', undefined), { journal: 'real', checkinCount: 1 }],
    [keyOf('settings:get', undefined), { theme: 'light' }],
  ])
}

describe('what a write marks stale, and what its answer brings up to date', () => {
  it('a new check-in: the list and the insights are asked again, the rest comes from the answer', () => {
    const { client, asked } = todayCache()
    const saved = checkin(8, '2026-03-01T09:00:00+01:00', [
      [13, 200],
      [15, null],
    ])
    afterWrite(client, 'checkins:save', { at: saved.at, pain: 4 }, saved)
    expect(asked.sort()).toEqual(['checkins:list', 'insights:get'])
    expect(client.getQueryData(keyOf('checkins:last', undefined))).toEqual(saved)
    expect(client.getQueryData(keyOf('remedies:last-doses', undefined))).toEqual([
      { remedyId: 13, doseMg: 200, day: '2026-03-01' },
      { remedyId: 14, doseMg: 500, day: '2026-02-20' },
    ])
    expect(client.getQueryData(keyOf('journal:status', undefined))).toEqual({
      journal: 'real',
      checkinCount: 2,
    })
  })

  it('a check-in earlier than the last one, or an edit, asks "last time" again', () => {
    const earlier = todayCache()
    const before = checkin(9, '2026-02-27T09:00:00+01:00', [[13, 600]])
    afterWrite(earlier.client, 'checkins:save', { at: before.at, pain: 4 }, before)
    expect(earlier.asked.sort()).toEqual([
      'checkins:last',
      'checkins:list',
      'insights:get',
      'remedies:last-doses',
    ])

    const edit = todayCache()
    const edited = { ...LAST, pain: 2 }
    afterWrite(edit.client, 'checkins:save', { id: LAST.id, at: LAST.at, pain: 2 }, edited)
    expect(edit.asked).toContain('checkins:last')
    expect(edit.client.getQueryData(keyOf('journal:status', undefined))).toMatchObject({
      checkinCount: 1,
    })
  })

  it('a day record, a setting or an acknowledgement is taken from the answer alone', () => {
    const { client, asked } = todayCache()
    const record = {
      day: '2026-03-01',
      sleepQuality: 6,
      enjoymentInterference: null,
      activityInterference: null,
      minutesWalked: 20,
      note: '',
    }
    afterWrite(client, 'days:save', record, record)
    afterWrite(client, 'settings:update', { theme: 'dark' }, { theme: 'dark' } as never)
    afterWrite(client, 'acknowledgements:add', { day: '2026-03-01', kind: 'red-flags' }, [
      'red-flags',
    ])
    expect(asked).toEqual([])
    expect(client.getQueryData(keyOf('days:get', { day: '2026-03-01' }))).toBe(record)
    expect(client.getQueryData(keyOf('settings:get', undefined))).toEqual({ theme: 'dark' })
    expect(client.getQueryData(keyOf('acknowledgements:list', { day: '2026-03-01' }))).toEqual([
      'red-flags',
    ])
  })

  it('new episode rules or a doctor visit ask the insights again, not the list', () => {
    const rules = todayCache()
    const episodeRules = {
      painDayMin: 2,
      separationDays: 30,
      settleDays: 7,
      watchDays: 42,
      doctorDays: 56,
    }
    afterWrite(rules.client, 'settings:update', { episodeRules }, { episodeRules } as never)
    expect(rules.asked).toEqual(['insights:get'])

    const visit = todayCache()
    afterWrite(visit.client, 'visits:add', { day: '2026-03-01', note: '' }, {
      id: 1,
      day: '2026-03-01',
      note: '',
    } as never)
    expect(visit.asked).toEqual(['insights:get'])
  })
})
