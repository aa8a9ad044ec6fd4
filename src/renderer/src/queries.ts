/**
 * The renderer's one way to read from the main process: `useApiQuery(channel, input)`. Answers
 * are kept per channel and input in one cache (TanStack Query), so two views asking the same
 * thing share one call, and a write (writes.ts) marks stale exactly what it changed, all at once:
 * every visible view asks again once, in one wave. An answer asked for since the screen on view
 * was opened is current until a write changes it; opening a screen asks again for anything older.
 * So what the app asks ahead (`askAhead`, at start) is what the views then show, not asked twice.
 * One cache per open journal: switching journals (or restoring one) starts a fresh cache, so no
 * screen keeps the other journal's data.
 */
import {
  keepPreviousData,
  QueryClient,
  skipToken,
  useQuery,
  type QueryKey,
} from '@tanstack/react-query'
import type { InputOf, OutputOf } from '../../shared/contract'
import { callApi, messageOf } from './api'
import { keyOf, type ReadChannel } from './cache-rules'

/**
 * Read once per journal, then kept up to date by the writes that change them (never by asking
 * again when a screen opens): what the app needs before it shows anything.
 */
const KEPT: ReadonlySet<ReadChannel> = new Set(['app:info', 'settings:get', 'catalog:get'])

/** Which opening of a screen is on view: the page's start is the first. */
let visit = 0
/** The opening of a screen during which each answer was asked for. */
const askedIn = new WeakMap<object, number>()

/** Called as another screen (or Settings section) opens: older answers are asked again. */
export function openingScreen(): void {
  visit++
}

/** Asked for since this screen opened (and not changed by a write since): current. */
const freshThisVisit = (query: object) => (askedIn.get(query) === visit ? Infinity : 0)

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        // The main process is on this computer: there is no network to wait for or retry on,
        // and a failure is said at once, in words, by the view that asked.
        networkMode: 'always',
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // A view shows each answer as it came (ten years of Trends are not compared deeply).
        structuralSharing: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  })
  client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'fetch') askedIn.set(event.query, visit)
  })
  return client
}

/** A read the app can ask for: a channel and its input. */
export type Read = { [C in ReadChannel]: { channel: C; input: InputOf<C> } }[ReadChannel]

/** A read already sent, with its answer to come (the page's first script sends them: main.tsx). */
export type Asked = Read & { answer: Promise<unknown> }

/**
 * Asks for `reads` now, into the cache under the keys the views use, before any view wants
 * them: a view that then asks joins the call under way or finds its answer. A read already sent
 * (`Asked`) is not sent again: its answer goes into the cache as it comes. Resolves once every
 * answer is in (a refusal too: the view that asks shows it).
 */
export async function askAhead(
  client: QueryClient,
  reads: readonly (Read | Asked)[],
): Promise<void> {
  await Promise.all(
    reads.map((read) =>
      client.prefetchQuery({
        queryKey: keyOf(read.channel, read.input),
        queryFn: () => ('answer' in read ? read.answer : callApi(read.channel, read.input)),
      }),
    ),
  )
}

export interface ApiQuery<T> {
  /** The answer for this input, or the previous input's while this one loads. */
  data: T | undefined
  error: string | null
  /**
   * True until the answer for this very input is in (the previous one may be shown); never for
   * a query that is not asked (`enabled: false`), which waits for nothing.
   */
  loading: boolean
  /** Asks again (a "Try again" button). */
  reload: () => void
}

/**
 * The answer of `channel` for `input`, asked when a view first needs it and again whenever a
 * write changed what it depends on. While another input loads, the previous answer stays on
 * screen (nothing flickers). `enabled: false` asks nothing.
 */
export function useApiQuery<C extends ReadChannel>(
  channel: C,
  input: InputOf<C>,
  { enabled = true }: { enabled?: boolean } = {},
): ApiQuery<OutputOf<C>> {
  const query = useQuery<OutputOf<C>, Error, OutputOf<C>, QueryKey>({
    queryKey: keyOf(channel, input),
    queryFn: enabled ? () => callApi(channel, input) : skipToken,
    placeholderData: keepPreviousData,
    staleTime: KEPT.has(channel) ? Infinity : freshThisVisit,
  })
  return {
    data: query.data,
    error: query.error ? messageOf(query.error) : null,
    // A query not asked stays "pending" in TanStack Query's terms, but nothing is on its way.
    loading: enabled && (query.isPending || query.isPlaceholderData),
    reload: () => void query.refetch(),
  }
}
