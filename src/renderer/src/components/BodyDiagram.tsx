/**
 * Where it hurts, on a back seen from behind. Left and right are the person's own: seen from
 * behind, their left is on the viewer's left, so the drawing needs no mirroring in the mind.
 *
 * Two uses: as a control (pass `onChange`; clicking a shape or its checkbox toggles a region)
 * and read-only (no `onChange`; `shading` 0..1 and `labels` per region show, for instance, how
 * often each region hurt). The drawing is for the eye; the list next to it carries the same
 * facts for the keyboard and screen readers, so the shapes themselves are hidden from them.
 */
import { useId } from 'react'
import { BODY_REGIONS, BODY_REGION_LABELS, type BodyRegion } from '../../../shared/domain'
import './BodyDiagram.css'

interface Shape {
  d: string
  /** Where the check mark sits. */
  mark: [number, number]
}

/** viewBox 0 0 240 420; the body's midline is x = 120. */
const SHAPES: Record<BodyRegion, Shape> = {
  'upper-back': {
    d: 'M106 64 L134 64 Q170 68 182 86 L178 130 L62 130 L58 86 Q70 68 106 64 Z',
    mark: [120, 100],
  },
  'mid-back': { d: 'M62 130 L178 130 L176 150 L171 190 L69 190 L64 150 Z', mark: [120, 160] },
  'lower-back-left': { d: 'M69 190 L102 190 L102 256 L69 256 L72 206 Z', mark: [86, 223] },
  'lower-back-centre': { d: 'M102 190 L138 190 L138 256 L102 256 Z', mark: [120, 223] },
  'lower-back-right': { d: 'M138 190 L171 190 L168 206 L171 256 L138 256 Z', mark: [154, 223] },
  'buttock-leg-left': {
    d: 'M69 256 L118 256 L118 300 L113 410 L84 410 L70 300 Z',
    mark: [94, 318],
  },
  'buttock-leg-right': {
    d: 'M122 256 L171 256 L170 300 L156 410 L127 410 L122 300 Z',
    mark: [146, 318],
  },
}

export interface BodyDiagramProps {
  /** Regions shown as chosen: a filled shape with a check mark, and a ticked box. */
  selected?: readonly BodyRegion[]
  /** Makes it a control. Without it the diagram is read-only. */
  onChange?: (regions: BodyRegion[]) => void
  /** Read-only shading per region, 0 (none) to 1 (most). */
  shading?: Partial<Record<BodyRegion, number>>
  /** Text next to each region in the list, e.g. "12 days" (read-only use). */
  labels?: Partial<Record<BodyRegion, string>>
  legend?: string
  /** A short line under the legend. */
  hint?: string
  /** An error to show under the list. */
  error?: string
}

function clamp01(n: number | undefined): number {
  return n === undefined || Number.isNaN(n) ? 0 : Math.max(0, Math.min(1, n))
}

export function BodyDiagram({
  selected = [],
  onChange,
  shading,
  labels,
  legend = 'Where does it hurt?',
  hint,
  error,
}: BodyDiagramProps) {
  const id = useId()
  const editable = onChange !== undefined
  // A control is a fieldset; a read-only picture is a plain section with a heading.
  const Group = editable ? 'fieldset' : 'section'
  const toggle = (region: BodyRegion) => {
    if (!onChange) return
    onChange(
      selected.includes(region)
        ? selected.filter((r) => r !== region)
        : BODY_REGIONS.filter((r) => r === region || selected.includes(r)),
    )
  }

  const drawing = (
    <svg
      className="body-diagram-svg"
      viewBox="0 0 240 430"
      aria-hidden="true"
      focusable="false"
      data-testid="body-diagram"
    >
      <ellipse className="body-diagram-silhouette" cx="120" cy="32" rx="21" ry="25" />
      <path className="body-diagram-silhouette" d="M110 52 L130 52 L133 66 L107 66 Z" />
      <path
        className="body-diagram-silhouette"
        d="M58 88 C46 92 42 104 40 122 L32 228 C32 240 46 242 47 230 L61 150 Z"
      />
      <path
        className="body-diagram-silhouette"
        d="M182 88 C194 92 198 104 200 122 L208 228 C208 240 194 242 193 230 L179 150 Z"
      />
      {BODY_REGIONS.map((region) => {
        const chosen = selected.includes(region)
        const shade = clamp01(shading?.[region])
        return (
          <g key={region} data-region={region}>
            {shading && (
              <path
                className="body-diagram-shade"
                d={SHAPES[region].d}
                style={{ fillOpacity: shade }}
              />
            )}
            <path
              className={`body-diagram-region${chosen ? ' is-chosen' : ''}${editable ? ' is-editable' : ''}`}
              d={SHAPES[region].d}
              onClick={editable ? () => toggle(region) : undefined}
            >
              <title>{BODY_REGION_LABELS[region]}</title>
            </path>
            {chosen && (
              <text
                className="body-diagram-mark"
                x={SHAPES[region].mark[0]}
                y={SHAPES[region].mark[1]}
                textAnchor="middle"
                dominantBaseline="central"
              >
                ✓
              </text>
            )}
          </g>
        )
      })}
      <line className="body-diagram-spine" x1="120" y1="70" x2="120" y2="256" />
      <text className="body-diagram-side" x="14" y="424">
        Left
      </text>
      <text className="body-diagram-side" x="226" y="424" textAnchor="end">
        Right
      </text>
    </svg>
  )

  return (
    <Group className="body-diagram" aria-describedby={hint ? `${id}-hint` : undefined}>
      {editable ? (
        <legend className="body-diagram-legend">{legend}</legend>
      ) : (
        <h3 className="body-diagram-legend">{legend}</h3>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="body-diagram-layout">
        <figure className="body-diagram-figure">
          {drawing}
          <figcaption className="field-hint">
            Seen from behind: your left is on the left.
          </figcaption>
        </figure>
        {editable ? (
          <ul
            className="body-diagram-list"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            {BODY_REGIONS.map((region) => (
              <li key={region}>
                <label className="check-option">
                  <input
                    type="checkbox"
                    checked={selected.includes(region)}
                    onChange={() => toggle(region)}
                    data-region-option={region}
                  />
                  <span>{BODY_REGION_LABELS[region]}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <dl className="body-diagram-readout">
            {BODY_REGIONS.map((region) => (
              <div key={region} className={selected.includes(region) ? 'is-chosen' : undefined}>
                <dt>{BODY_REGION_LABELS[region]}</dt>
                <dd>{labels?.[region] ?? (selected.includes(region) ? 'Yes' : '—')}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </Group>
  )
}
