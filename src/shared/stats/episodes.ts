/**
 * Episodes over time: the episodes that touch a range, for a chart of duration and peak that
 * answers "are they getting shorter and milder?".
 */
import type { Episode } from '../episodes'
import { mean } from './daily'

export interface EpisodeBar {
  start: string
  end: string
  durationDays: number
  painDays: number
  peak: number
  status: Episode['status']
}

/** Episodes overlapping `from`..`to`, oldest first. */
export function episodesInRange(
  episodes: readonly Episode[],
  from: string,
  to: string,
): EpisodeBar[] {
  return episodes
    .filter((e) => e.start <= to && e.end >= from)
    .map(({ start, end, durationDays, painDays, peak, status }) => ({
      start,
      end,
      durationDays,
      painDays,
      peak,
      status,
    }))
}

export interface EpisodeTrend {
  /** Episodes compared: the earlier half and the later half (the middle one goes unused). */
  earlier: number
  later: number
  earlierDuration: number
  laterDuration: number
  earlierPeak: number
  laterPeak: number
}

/**
 * The earlier half of the episodes against the later half, on mean duration and mean peak;
 * null with fewer than 4 episodes (two a side is the least that says anything). An ongoing
 * episode is left out: its duration is not known yet.
 */
export function episodeTrend(bars: readonly EpisodeBar[]): EpisodeTrend | null {
  const done = bars.filter((b) => b.status !== 'ongoing')
  if (done.length < 4) return null
  const half = Math.floor(done.length / 2)
  const earlier = done.slice(0, half)
  const later = done.slice(done.length - half)
  return {
    earlier: earlier.length,
    later: later.length,
    earlierDuration: mean(earlier.map((b) => b.durationDays)) ?? 0,
    laterDuration: mean(later.map((b) => b.durationDays)) ?? 0,
    earlierPeak: mean(earlier.map((b) => b.peak)) ?? 0,
    laterPeak: mean(later.map((b) => b.peak)) ?? 0,
  }
}
