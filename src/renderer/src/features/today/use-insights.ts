import { useCallback, useEffect, useState } from 'react'
import type { Insights } from '../../../../shared/insights-schema'
import { api, messageOf, unwrap } from '../../api'
import { useCheckinsChanged, useVisitsChanged } from '../../journal-events'

export interface InsightsQuery {
  insights: Insights | undefined
  error: string | null
  reload: () => void
}

/**
 * The insights for a journal day, fetched again whenever `refreshKey` changes identity, a
 * check-in is saved, edited or deleted, or a doctor visit is recorded or removed. The previous
 * answer stays on screen while the next one loads, so nothing flickers after a save; answers
 * that arrive after the day moved on are dropped.
 */
export function useInsights(asOf: string, refreshKey: unknown): InsightsQuery {
  const [state, setState] = useState<{ insights: Insights | undefined; error: string | null }>({
    insights: undefined,
    error: null,
  })
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    unwrap(api.getInsights({ asOf })).then(
      (insights) => live && setState({ insights, error: null }),
      (error: unknown) => live && setState((s) => ({ ...s, error: messageOf(error) })),
    )
    return () => {
      live = false
    }
  }, [asOf, refreshKey, version])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  useCheckinsChanged(reload)
  useVisitsChanged(reload)
  return { ...state, reload }
}
