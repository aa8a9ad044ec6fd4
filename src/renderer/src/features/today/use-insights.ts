import { useCallback, useEffect, useState } from 'react'
import type { Insights } from '../../../../shared/insights-schema'
import { api, messageOf, unwrap } from '../../api'

export interface InsightsQuery {
  insights: Insights | undefined
  error: string | null
  reload: () => void
}

/**
 * The insights for a journal day, fetched again whenever `refreshKey` changes identity (Today
 * passes its list of check-ins, so a save, an edit or a delete refreshes them). The previous
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
  return { ...state, reload }
}
