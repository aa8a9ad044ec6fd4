/** The report's choices: period (presets or custom), patient, sections, paper size. */
import { isValidDay } from '../../../../shared/days'
import {
  MAX_PATIENT_NAME_LENGTH,
  REPORT_SECTION_LABELS,
  REPORT_SECTIONS,
  type PageSize,
  type ReportOptions,
} from '../../../../shared/report/options'
import { CharactersLeft } from '../../components/CharactersLeft'
import { invalidAttributes } from '../../components/focus-first-invalid'
import type { PeriodFault } from '../../../../shared/period'

export type PeriodPreset = 30 | 90 | 182 | 365 | 'custom'

const PRESETS: { value: PeriodPreset; label: string }[] = [
  { value: 30, label: 'Last 30 days' },
  { value: 90, label: 'Last 90 days' },
  { value: 182, label: 'Last 6 months' },
  { value: 365, label: 'Last 12 months' },
  { value: 'custom', label: 'Choose dates' },
]

interface Props {
  options: ReportOptions
  /** The journal day today: the latest day a period may end on. */
  today: string
  /** What is wrong with the period (shown under its dates) and which date it belongs to. */
  periodFault: PeriodFault | null
  preset: PeriodPreset
  pageSize: PageSize
  onPreset: (p: PeriodPreset) => void
  onChange: (update: (o: ReportOptions) => ReportOptions) => void
  onPageSize: (p: PageSize) => void
}

export function ReportForm(props: Props) {
  const { options, today, periodFault, preset, pageSize, onPreset, onChange, onPageSize } = props
  // The reason is said once, under both dates; the field it belongs to is marked and described
  // by it, so a refused period is found the same way as any refused field.
  const marked = (field: 'from' | 'to') =>
    invalidAttributes(periodFault?.field === field, 'report-period-error')
  const setDay = (field: 'from' | 'to') => (value: string) => {
    if (isValidDay(value)) onChange((o) => ({ ...o, [field]: value }))
  }
  return (
    <section className="card report-form" aria-label="What the report covers">
      <fieldset className="report-fieldset">
        <legend className="label">Period</legend>
        <div className="report-presets">
          {PRESETS.map((p) => (
            <label key={p.value} className="check-option">
              <input
                type="radio"
                name="report-period"
                checked={preset === p.value}
                onChange={() => onPreset(p.value)}
              />
              <span>{p.label}</span>
            </label>
          ))}
        </div>
        <div className="report-dates">
          <div className="field">
            <label htmlFor="report-from">From</label>
            <input
              id="report-from"
              type="date"
              value={options.from}
              max={options.to < today ? options.to : today}
              onChange={(e) => {
                onPreset('custom')
                setDay('from')(e.target.value)
              }}
              {...marked('from')}
            />
          </div>
          <div className="field">
            <label htmlFor="report-to">To</label>
            <input
              id="report-to"
              type="date"
              value={options.to}
              min={options.from}
              max={today}
              onChange={(e) => {
                onPreset('custom')
                setDay('to')(e.target.value)
              }}
              {...marked('to')}
            />
          </div>
        </div>
        {periodFault && (
          <p className="field-error" id="report-period-error" role="alert">
            {periodFault.message}
          </p>
        )}
      </fieldset>

      <fieldset className="report-fieldset">
        <legend className="label">Who it is for (optional)</legend>
        <div className="report-dates">
          <div className="field">
            <label htmlFor="report-name">Your name</label>
            <input
              id="report-name"
              type="text"
              autoComplete="name"
              value={options.patientName}
              aria-describedby="report-name-left"
              onChange={(e) => onChange((o) => ({ ...o, patientName: e.target.value }))}
            />
            <CharactersLeft
              id="report-name-left"
              value={options.patientName}
              max={MAX_PATIENT_NAME_LENGTH}
            />
          </div>
          <div className="field">
            <label htmlFor="report-dob">Date of birth</label>
            <input
              id="report-dob"
              type="date"
              value={options.dateOfBirth ?? ''}
              onChange={(e) =>
                onChange((o) => ({
                  ...o,
                  dateOfBirth: isValidDay(e.target.value) ? e.target.value : null,
                }))
              }
            />
          </div>
        </div>
        <p className="field-hint">Only printed on the report; not stored.</p>
      </fieldset>

      <fieldset className="report-fieldset">
        <legend className="label">Include</legend>
        <div className="report-sections">
          {REPORT_SECTIONS.map((s) => (
            <label key={s} className="check-option">
              <input
                type="checkbox"
                checked={options.sections[s]}
                onChange={(e) =>
                  onChange((o) => ({ ...o, sections: { ...o.sections, [s]: e.target.checked } }))
                }
              />
              <span>{REPORT_SECTION_LABELS[s]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="field report-paper">
        <label htmlFor="report-paper">Paper size</label>
        <select
          id="report-paper"
          value={pageSize}
          onChange={(e) => onPageSize(e.target.value === 'Letter' ? 'Letter' : 'A4')}
        >
          <option value="A4">A4</option>
          <option value="Letter">US Letter</option>
        </select>
      </div>
    </section>
  )
}
