/**
 * What the cache knows about the channels (pure: no bridge, no React): which only read and how
 * their answers are keyed, what each read depends on, what each write changes, and what a
 * write's answer itself holds. After the main process answers a write, `afterWrite` puts in
 * place what the answer holds (the settings as saved, a day record, "same as last time") and
 * marks every other answer that depends on what changed stale together, so each visible view
 * asks again once, all in one wave.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { ChannelName } from '../../shared/channels'
import type { InputOf, OutputOf } from '../../shared/contract'
import { compareInstants } from '../../shared/timestamp'

/** The channels that only read: what `useApiQuery` may ask, and what writes mark stale. */
export const READS = [
  'app:info',
  'settings:get',
  'catalog:get',
  'checkins:list',
  'checkins:last',
  'remedies:last-doses',
  'days:get',
  'acknowledgements:list',
  'insights:get',
  'visits:list',
  'history:month',
  'episodes:list',
  'journal:status',
  'backups:list',
  'trends:get',
  'report:preview',
] as const satisfies readonly ChannelName[]
export type ReadChannel = (typeof READS)[number]

export function keyOf<C extends ReadChannel>(channel: C, input: InputOf<C>): QueryKey {
  return input === undefined ? [channel] : [channel, input]
}

/** What a write can change. */
type Data =
  'checkins' | 'days' | 'catalog' | 'episode-rules' | 'visits' | 'acknowledgements' | 'backups'

const DEPENDS_ON: Record<ReadChannel, readonly Data[]> = {
  'app:info': [],
  'settings:get': [],
  'catalog:get': ['catalog'],
  'checkins:list': ['checkins'],
  'checkins:last': ['checkins'],
  'remedies:last-doses': ['checkins'],
  'days:get': ['days'],
  'acknowledgements:list': ['acknowledgements'],
  'insights:get': ['checkins', 'catalog', 'episode-rules', 'visits'],
  'visits:list': ['visits'],
  'history:month': ['checkins', 'days', 'episode-rules', 'visits'],
  'episodes:list': ['checkins', 'episode-rules'],
  'journal:status': ['checkins'],
  'backups:list': ['backups'],
  'trends:get': ['checkins', 'days', 'catalog', 'episode-rules', 'visits'],
  'report:preview': ['checkins', 'days', 'catalog', 'episode-rules', 'visits'],
}

export type WriteChannel = Exclude<ChannelName, ReadChannel>

/**
 * What each write changes. Switching or restoring a journal changes everything: the App then
 * starts a new cache (`reloadJournal`), so nothing of the old one is asked again. Exports,
 * previews of a file and opening a link change nothing.
 */
const CHANGES: { [C in WriteChannel]: readonly Data[] | ((input: InputOf<C>) => Data[]) } = {
  'checkins:save': ['checkins'],
  'checkins:delete': ['checkins'],
  'checkins:restore': ['checkins'],
  'days:save': ['days'],
  'settings:update': (patch) => (patch.episodeRules ? ['episode-rules'] : []),
  'catalog:add-trigger': ['catalog'],
  'catalog:add-remedy': ['catalog'],
  'catalog:rename': ['catalog'],
  'catalog:archive': ['catalog'],
  'catalog:set-limit': ['catalog'],
  'acknowledgements:add': ['acknowledgements'],
  'visits:add': ['visits'],
  'visits:delete': ['visits'],
  'data:import-csv': ['checkins', 'days', 'catalog', 'backups'],
  'backups:create': ['backups'],
  'data:restore-json': [],
  'backups:restore': [],
  'journal:open-sample': [],
  'journal:open-real': [],
  'data:export-csv': [],
  'data:preview-import': [],
  'data:export-json': [],
  'data:preview-restore': [],
  'data:export-fhir': [],
  'report:export-pdf': [],
  'report:open-pdf': [],
  'links:open': [],
}

type Checkin = OutputOf<'checkins:save'>
type LastDoses = OutputOf<'remedies:last-doses'>

/**
 * A new check-in at or after the latest one is the new "last time" (ties go to the newer id, as
 * in the main process), and its doses are each medicine's latest: both are taken from the
 * answer. Anything else (an edit, a check-in on an earlier day) is asked again when needed.
 */
function newLast(client: QueryClient, saved: Checkin, isNew: boolean): boolean {
  const lastKey = keyOf('checkins:last', undefined)
  const dosesKey = keyOf('remedies:last-doses', undefined)
  const last = client.getQueryData<OutputOf<'checkins:last'>>(lastKey)
  const doses = client.getQueryData<LastDoses>(dosesKey)
  if (!isNew || last === undefined || doses === undefined) return false
  if (last !== null && compareInstants(saved.at, last.at) < 0) return false
  const byRemedy = new Map(doses.map((d) => [d.remedyId, d]))
  for (const use of saved.remedies) {
    if (use.doseMg !== null) {
      byRemedy.set(use.remedyId, { remedyId: use.remedyId, doseMg: use.doseMg, day: saved.day })
    }
  }
  client.setQueryData(lastKey, saved)
  client.setQueryData<LastDoses>(
    dosesKey,
    [...byRemedy.values()].sort((a, b) => a.remedyId - b.remedyId),
  )
  return true
}

/** Puts in place what the answer holds; returns the reads it brought up to date. */
function fromAnswer<C extends WriteChannel>(
  client: QueryClient,
  channel: C,
  input: InputOf<C>,
  output: OutputOf<C>,
): ReadChannel[] {
  const count = (by: number) =>
    client.setQueryData<OutputOf<'journal:status'>>(keyOf('journal:status', undefined), (s) =>
      s ? { ...s, checkinCount: s.checkinCount + by } : s,
    )
  switch (channel) {
    case 'checkins:save': {
      const { id } = input as InputOf<'checkins:save'>
      if (id === undefined) count(1)
      const updated: ReadChannel[] = ['journal:status']
      if (newLast(client, output as Checkin, id === undefined)) {
        updated.push('checkins:last', 'remedies:last-doses')
      }
      return updated
    }
    case 'checkins:delete':
      count(-1)
      return ['journal:status']
    case 'checkins:restore':
      count(1)
      return ['journal:status']
    case 'days:save': {
      const record = output as OutputOf<'days:save'>
      client.setQueryData(keyOf('days:get', { day: record.day }), record)
      return ['days:get']
    }
    case 'settings:update':
      client.setQueryData(keyOf('settings:get', undefined), output)
      return ['settings:get']
    case 'acknowledgements:add': {
      const { day } = input as InputOf<'acknowledgements:add'>
      client.setQueryData(keyOf('acknowledgements:list', { day }), output)
      return ['acknowledgements:list']
    }
    default:
      return []
  }
}

let writes = 0

/** What the cache does after `channel` answered `output`. */
export function afterWrite<C extends WriteChannel>(
  client: QueryClient,
  channel: C,
  input: InputOf<C>,
  output: OutputOf<C>,
): void {
  const rule = CHANGES[channel]
  const changed = new Set(typeof rule === 'function' ? rule(input) : rule)
  const updated = new Set(fromAnswer(client, channel, input, output))
  client.setQueryData<Written<C>>(['written', channel], { input, output, seq: ++writes })
  if (changed.size === 0) return
  void client.invalidateQueries({
    predicate: ({ queryKey }) => {
      const read = queryKey[0] as ReadChannel
      // Only reads depend on anything (the log of writes in the cache does not).
      const depends = Object.hasOwn(DEPENDS_ON, read) ? DEPENDS_ON[read] : []
      return !updated.has(read) && depends.some((d) => changed.has(d))
    },
  })
}

/** A write made in this window, and when: `seq` grows with every write. */
export interface Written<C extends WriteChannel> {
  input: InputOf<C>
  output: OutputOf<C>
  seq: number
}
