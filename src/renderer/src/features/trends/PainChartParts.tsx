/** The pain chart's words: its series' names, the readout of a point, and the legend. */
import { num1, periodLabel, seriesNames, type TrendsData } from './chart-utils'

/** A point of the pain series, placed on the time axis. */
export type Point = TrendsData['pain'][number] & { x: number }

/** What one point says when it is read (hovered, or reached with the arrow keys). */
export function PainReadout({ point: p, weekly }: { point: Point; weekly: boolean }) {
  const names = seriesNames(weekly)
  return (
    <>
      <strong>{periodLabel(p.start, p.end)}</strong>
      {p.worst === null ? (
        <div>Not logged</div>
      ) : (
        <>
          <div>
            {names.worst}: <span className="num">{p.worst}</span>
          </div>
          <div>
            {names.average}: <span className="num">{num1(p.average)}</span>
          </div>
          {weekly && <div>Days logged: {p.loggedDays}</div>}
        </>
      )}
      {p.mean !== null && (
        <div>
          {names.mean}: <span className="num">{num1(p.mean)}</span>
        </div>
      )}
    </>
  )
}

export function PainLegend(props: {
  weekly: boolean
  episodes: boolean
  over: boolean
  red: boolean
}) {
  const names = seriesNames(props.weekly)
  return (
    <ul className="chart-legend" aria-label="Legend">
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="28" y2="6" className="pain-worst" />
          <circle cx="14" cy="6" r="2.5" className="pain-worst-dots" />
        </svg>
        {names.worst}
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="28" y2="6" className="pain-average" />
        </svg>
        {names.average}
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="28" y2="6" className="pain-mean" />
        </svg>
        {names.mean}
      </li>
      {props.episodes && (
        <li>
          <svg width="20" height="14" aria-hidden="true">
            <rect width="20" height="14" className="pain-bands legend-episode" />
          </svg>
          Episode (shaded)
        </li>
      )}
      {props.over && (
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <path d="M7 1 L13 13 L1 13 Z" className="pain-over" />
          </svg>
          Medicine over its daily limit
        </li>
      )}
      {props.red && (
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <path d="M7 1 L13 7 L7 13 L1 7 Z" className="pain-red" />
          </svg>
          Warning sign recorded
        </li>
      )}
    </ul>
  )
}
