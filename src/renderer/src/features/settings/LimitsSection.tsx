/**
 * Daily limits for medicines, used by the medication flag (DESIGN.md section 3). The defaults
 * are the usual over-the-counter label maximums, and it says so; they are information, not
 * advice. The rules that do not depend on a limit are said here too, with their severity.
 */
import { formatMg } from '../../../../shared/locale-format'
import { MAX_DAILY_LIMIT_MG } from '../../../../shared/doses'
import { dailyLimitMg } from '../../../../shared/schemas'
import { readOptionalNumber } from '../../../../shared/typed-number'
import { useRef, useState } from 'react'
import { inCatalogOrder } from '../../../../shared/catalog-names'
import {
  DEFAULT_DAILY_LIMITS_MG,
  LABEL_MAXIMUM_NOTE,
  MEDICINE_DISCLAIMER,
  nameFrom,
} from '../../../../shared/catalog'
import { MEDICINE_FLAG_LEVELS, medicineRules } from '../../../../shared/flags-medication'
import { SeverityWord } from '../../components/Notice'
import { PlaceLink } from '../../components/PlaceLink'
import { useFocusFirstInvalid } from '../../components/focus-first-invalid'
import { useJournal, type Catalog } from '../../journal-context'
import { useSave } from '../../use-save'
import { useWrite } from '../../writes'
import { SettingsCard } from './SettingsCard'
import { NotSaved } from '../../components/NotSaved'

type Remedy = Catalog['remedies'][number]

/**
 * The limit typed, as a number of mg or null for none; a string is the error in words, the
 * contract's own (the same schema checks it in the main process and in a restored backup).
 */
function parseLimit(text: string): number | null | string {
  const value = readOptionalNumber(text)
  if (value === null) return null
  const checked = dailyLimitMg.safeParse(value)
  return checked.success ? checked.data : `${checked.error.issues[0]?.message ?? ''}.`
}

function LimitRow({ remedy, limit }: { remedy: Remedy; limit: number | null }) {
  const { refreshCatalog } = useJournal()
  const [text, setText] = useState(limit === null ? '' : String(limit))
  const [clientError, setClientError] = useState<string | null>(null)
  const save = useSave()
  const write = useWrite()
  const form = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(form)
  const id = `limit-${remedy.id}`
  // The default of a built-in medicine, which is its label maximum (isLabelMaximum).
  const labelMax = remedy.key ? DEFAULT_DAILY_LIMITS_MG[remedy.key] : undefined
  const error = clientError ?? save.state.error

  const submit = async () => {
    const parsed = parseLimit(text)
    if (typeof parsed === 'string') {
      setClientError(parsed)
      refused()
      return
    }
    const saved = await save.run(
      async () => {
        await write('catalog:set-limit', { remedyId: remedy.id, dailyLimitMg: parsed })
        await refreshCatalog()
      },
      parsed === null ? 'Saved: no limit.' : `Saved: ${formatMg(parsed)} a day.`,
    )
    if (!saved) refused()
  }

  return (
    <li className="limit-row">
      <form
        ref={form}
        className="limit-form"
        noValidate
        aria-label={`Daily limit for ${remedy.name}`}
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <label htmlFor={id} className="limit-name">
          {remedy.name}
        </label>
        <span className="limit-input">
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={1}
            max={MAX_DAILY_LIMIT_MG}
            step="any"
            value={text}
            placeholder="No limit"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => {
              setText(e.target.value)
              setClientError(null)
              save.reset()
            }}
          />
          <span aria-hidden="true">mg a day</span>
        </span>
        <button
          type="submit"
          className="button small"
          aria-label={`Save limit for ${remedy.name}`}
          disabled={save.state.busy}
        >
          Save
        </button>
        <span className="field-hint limit-hint" id={`${id}-hint`}>
          {labelMax
            ? `Default ${formatMg(labelMax)} a day: the ${LABEL_MAXIMUM_NOTE}.`
            : 'Leave empty for no limit.'}
        </span>
        <span role="status" className="status limit-status">
          {save.state.status}
        </span>
      </form>
      <NotSaved error={error} id={`${id}-error`} />
    </li>
  )
}

export function LimitsSection() {
  const { catalog } = useJournal()
  const medicines = inCatalogOrder(
    catalog.remedies.filter((r) => r.kind === 'medication' && !r.archived),
  )
  // The rules name the medicines as the catalog does now, like the flags they describe.
  const names = Object.fromEntries(
    catalog.remedies.flatMap((r) => (r.key ? [[r.key, r.name]] : [])),
  )
  const limitOf = (id: number) =>
    catalog.limits.find((l) => l.remedyId === id)?.dailyLimitMg ?? null
  return (
    <SettingsCard section="limits">
      <p>
        When a day’s total of a medicine goes over its limit, Today says so{' '}
        <span className="severity-bracketed">
          (<SeverityWord severity={MEDICINE_FLAG_LEVELS.medication} />)
        </span>
        . Each default is the {LABEL_MAXIMUM_NOTE}.
      </p>
      <ul className="limits-rules">
        {medicineRules(nameFrom(names)).map((rule) => (
          <li key={rule.words}>
            <SeverityWord severity={rule.severity} />: {rule.words}
          </li>
        ))}
      </ul>
      <p>{MEDICINE_DISCLAIMER}</p>
      {medicines.length === 0 ? (
        <p className="empty">
          No medicines in your remedies. Add one in{' '}
          <PlaceLink to={{ screen: 'settings', section: 'remedies' }}>Remedies</PlaceLink> with the
          kind Medication.
        </p>
      ) : (
        <ul className="limit-list" aria-label="Daily limits">
          {medicines.map((m) => (
            <LimitRow key={m.id} remedy={m} limit={limitOf(m.id)} />
          ))}
        </ul>
      )}
    </SettingsCard>
  )
}
