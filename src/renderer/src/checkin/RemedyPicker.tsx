/**
 * Remedies as toggle chips grouped by kind. Each chosen remedy opens its details: the dose in mg
 * for a medicine (prefilled with the last dose of that medicine), minutes for movement and
 * therapy, and how much it helped. After "Same as last time", what was tried then is offered
 * first, with its dose: recorded only when ticked now.
 */
import { useId } from 'react'
import { inCatalogOrder } from '../../../shared/catalog-names'
import {
  RELIEF_LABELS,
  RELIEF_VALUES,
  REMEDY_KINDS,
  REMEDY_KIND_LABELS,
  type Relief,
  type Remedy,
} from '../../../shared/domain'
import { formatMg, formatMinutes } from '../../../shared/locale-format'
import { readTypedNumber } from '../../../shared/typed-number'
import { ChoiceGroup } from '../components/ChoiceGroup'
import { ToggleChip } from '../components/ToggleChip'
import { useJournal } from '../journal-context'
import type { FieldErrors, RemedyDraft } from './checkin-draft'

export interface LastDoseInfo {
  doseMg: number
  day: string
}

interface Props {
  selected: readonly RemedyDraft[]
  /** What was tried last time, offered to tick (never recorded by itself). */
  suggested: readonly RemedyDraft[]
  onChange: (remedies: RemedyDraft[]) => void
  lastDoses: ReadonlyMap<number, LastDoseInfo>
  errors: FieldErrors
}

type ReliefChoice = 'unsaid' | `${Relief}`

const RELIEF_CHOICES: { value: ReliefChoice; label: string }[] = [
  ...RELIEF_VALUES.map((v) => ({ value: `${v}` as ReliefChoice, label: RELIEF_LABELS[`${v}`]! })),
  { value: 'unsaid', label: 'Not sure yet' },
]

/** How a suggestion reads: `Ibuprofen 400 mg`, `Walking 15 min`. */
function suggestionText(name: string, use: RemedyDraft): string {
  const dose = readTypedNumber(use.dose)
  if (dose !== null) return `${name} ${formatMg(dose)}`
  const minutes = readTypedNumber(use.minutes)
  return minutes !== null ? `${name} ${formatMinutes(minutes)}` : name
}

export function RemedyPicker({ selected, suggested, onChange, lastDoses, errors }: Props) {
  const { catalog } = useJournal()
  const id = useId()
  const chosen = (remedyId: number) => selected.some((r) => r.remedyId === remedyId)
  // Archived remedies are left out, unless this check-in names one: it shows, to be taken off.
  const active = inCatalogOrder(catalog.remedies.filter((r) => !r.archived || chosen(r.id)))
  const byId = new Map(catalog.remedies.map((r) => [r.id, r]))

  const toggle = (remedy: Remedy) => {
    if (chosen(remedy.id)) {
      onChange(selected.filter((r) => r.remedyId !== remedy.id))
      return
    }
    const last = remedy.kind === 'medication' ? lastDoses.get(remedy.id) : undefined
    onChange([
      ...selected,
      { remedyId: remedy.id, dose: last ? String(last.doseMg) : '', minutes: '', relief: null },
    ])
  }
  const update = (index: number, patch: Partial<RemedyDraft>) =>
    onChange(selected.map((r, i) => (i === index ? { ...r, ...patch } : r)))
  const offered = suggested.filter((s) => byId.get(s.remedyId)?.archived === false)
  const toggleOffered = (use: RemedyDraft) =>
    onChange(
      chosen(use.remedyId)
        ? selected.filter((r) => r.remedyId !== use.remedyId)
        : [...selected, { ...use, relief: null }],
    )

  /** A chosen remedy's details (dose or minutes, how it helped), shown under its own chip row. */
  const detail = (use: RemedyDraft) => {
    const index = selected.indexOf(use)
    const remedy = byId.get(use.remedyId)
    const name = remedy?.name ?? 'Remedy'
    const kind = remedy?.kind ?? 'self-care'
    const last = lastDoses.get(use.remedyId)
    const doseError = errors[`remedies.${index}.doseMg`]
    const minutesError = errors[`remedies.${index}.minutes`]
    const fieldId = `${id}-use-${use.remedyId}`
    return (
      <li key={use.remedyId} className="remedy-detail" data-remedy-detail={use.remedyId}>
        <p className="remedy-detail-name">{name}</p>
        <div className="remedy-detail-fields">
          {kind === 'medication' && (
            <div className="field compact-field">
              <label htmlFor={`${fieldId}-dose`}>Dose of {name} (mg)</label>
              <input
                id={`${fieldId}-dose`}
                type="text"
                inputMode="decimal"
                className="short-input"
                value={use.dose}
                onChange={(e) => update(index, { dose: e.target.value })}
                data-dose-for={use.remedyId}
                aria-invalid={doseError ? true : undefined}
                aria-describedby={`${fieldId}-dose-hint${doseError ? ` ${fieldId}-dose-error` : ''}`}
              />
              <span id={`${fieldId}-dose-hint`} className="field-hint">
                {last
                  ? `Last time: ${formatMg(last.doseMg)}. Change it if you took a different amount.`
                  : 'As written on the pack, for example 200.'}
              </span>
              {doseError && (
                <span id={`${fieldId}-dose-error`} className="field-error">
                  {doseError}
                </span>
              )}
            </div>
          )}
          {(kind === 'movement' || kind === 'therapy') && (
            <div className="field compact-field">
              <label htmlFor={`${fieldId}-minutes`}>Minutes of {name}</label>
              <input
                id={`${fieldId}-minutes`}
                type="text"
                inputMode="numeric"
                className="short-input"
                value={use.minutes}
                onChange={(e) => update(index, { minutes: e.target.value })}
                aria-invalid={minutesError ? true : undefined}
                aria-describedby={minutesError ? `${fieldId}-minutes-error` : undefined}
              />
              {minutesError && (
                <span id={`${fieldId}-minutes-error`} className="field-error">
                  {minutesError}
                </span>
              )}
            </div>
          )}
          <ChoiceGroup<ReliefChoice>
            compact
            legend={`How much did ${name} help?`}
            choices={RELIEF_CHOICES}
            value={use.relief === null ? 'unsaid' : `${use.relief}`}
            onChange={(v) =>
              update(index, { relief: v === 'unsaid' ? null : (Number(v) as Relief) })
            }
          />
        </div>
      </li>
    )
  }
  const shownIds = new Set(active.map((r) => r.id))

  return (
    <fieldset className="detail-group">
      <legend className="choice-legend">What did you try?</legend>
      {offered.length > 0 && (
        <div className="remedy-kind" role="group" aria-labelledby={`${id}-offered`}>
          <p id={`${id}-offered`} className="remedy-kind-label">
            Last time — tick what you took or did this time
          </p>
          <div className="chip-row">
            {offered.map((use) => (
              <ToggleChip
                key={use.remedyId}
                pressed={chosen(use.remedyId)}
                onToggle={() => toggleOffered(use)}
                id={`offered-${use.remedyId}`}
              >
                {suggestionText(byId.get(use.remedyId)?.name ?? 'Remedy', use)}
              </ToggleChip>
            ))}
          </div>
        </div>
      )}
      {REMEDY_KINDS.map((kind) => {
        const ofKind = active.filter((r) => r.kind === kind)
        if (ofKind.length === 0) return null
        const ofKindChosen = selected.filter((u) => ofKind.some((r) => r.id === u.remedyId))
        return (
          <div key={kind} className="remedy-kind" role="group" aria-labelledby={`${id}-${kind}`}>
            <p id={`${id}-${kind}`} className="remedy-kind-label">
              {REMEDY_KIND_LABELS[kind]}
            </p>
            <div className="chip-row">
              {ofKind.map((r) => (
                <ToggleChip
                  key={r.id}
                  pressed={chosen(r.id)}
                  onToggle={() => toggle(r)}
                  id={`remedy-${r.id}`}
                >
                  {r.name}
                </ToggleChip>
              ))}
            </div>
            {/* Right under the chip that opened it, not at the end of every remedy. */}
            {ofKindChosen.length > 0 && (
              <ul
                className="remedy-details"
                aria-label={`Details of ${REMEDY_KIND_LABELS[kind].toLowerCase()} you tried`}
              >
                {ofKindChosen.map(detail)}
              </ul>
            )}
          </div>
        )
      })}
      {errors['remedyIds'] && (
        <p id={`${id}-remedies-error`} className="field-error">
          {errors['remedyIds']}
        </p>
      )}

      {/* A chosen remedy no group above shows (archived since): its details at the end. */}
      {selected.some((u) => !shownIds.has(u.remedyId)) && (
        <ul className="remedy-details" aria-label="Details of what you tried">
          {selected.filter((u) => !shownIds.has(u.remedyId)).map(detail)}
        </ul>
      )}
    </fieldset>
  )
}
