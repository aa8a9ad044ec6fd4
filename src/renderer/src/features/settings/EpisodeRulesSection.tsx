/**
 * The five numbers behind episodes and doctor-visit flags (DESIGN.md section 3). Checked here
 * with the same schema the main process uses, so a bad combination is explained before saving.
 */
import { useRef, useState } from 'react'
import {
  DEFAULT_EPISODE_RULES,
  DOCTOR_SHOULD_CHECK,
  MOST_EPISODES_EASE,
  type EpisodeRules,
} from '../../../../shared/episodes'
import { LONG_EPISODE_LEVEL } from '../../../../shared/flags-episode'
import { PAIN_MAX } from '../../../../shared/pain-scale'
import { fromTo } from '../../../../shared/range-words'
import { episodeRules as rulesSchema } from '../../../../shared/settings-schema'
import { readTypedNumber } from '../../../../shared/typed-number'
import { SeverityWord } from '../../components/Notice'
import { useFocusFirstInvalid } from '../../components/focus-first-invalid'
import { useJournal } from '../../journal-context'
import { useSave } from '../../use-save'
import { SettingsCard } from './SettingsCard'
import { NotSaved } from '../../components/NotSaved'

type Key = keyof EpisodeRules
type Draft = Record<Key, string>

/** Each number, what it does, and where its default comes from (said accurately: issue 14). */
const FIELDS: { key: Key; label: string; unit: string; explain: string; source: string }[] = [
  {
    key: 'painDayMin',
    label: 'Pain day from',
    unit: `out of ${PAIN_MAX}`,
    explain: 'A day counts as a pain day when its worst pain reaches at least this score.',
    source: 'the PACE trial (Lancet, 2014) counts pain of 0 or 1 as recovered',
  },
  {
    key: 'separationDays',
    label: 'Days between episodes',
    unit: 'days',
    explain: 'After this many pain-free days in a row, the next pain day starts a new episode.',
    source: 'de Vet and colleagues (Spine, 2002) separate episodes by a month without pain',
  },
  {
    key: 'settleDays',
    label: 'Settling after',
    unit: 'days',
    explain: 'When this many days pass without a pain day, the episode is shown as settling.',
    source: 'in the PACE trial, recovery is a week with pain at 0 or 1',
  },
  {
    key: 'watchDays',
    label: 'Suggest a doctor visit at',
    unit: 'days',
    explain: 'From this day of an episode, Today suggests booking a doctor visit.',
    source: `guidance, not a trial: ${MOST_EPISODES_EASE}`,
  },
  {
    key: 'doctorDays',
    label: 'See a doctor at',
    unit: 'days',
    explain: 'From this day, Today says back pain this long should be checked by a doctor.',
    source: `guidance, not a trial: ${DOCTOR_SHOULD_CHECK}`,
  },
]

/** The field each cross-field rule of the schema compares with (it reports on the key). */
const COMPARED_WITH: Partial<Record<Key, Key>> = {
  settleDays: 'separationDays',
  watchDays: 'doctorDays',
}

const toDraft = (rules: EpisodeRules): Draft =>
  Object.fromEntries(FIELDS.map(({ key }) => [key, String(rules[key])])) as Draft

function boundsOf(key: Key): { min: number; max: number } {
  const field = rulesSchema.shape[key]
  return { min: field.minValue ?? 1, max: field.maxValue ?? 365 }
}

/** Checks the draft; returns the rules or the error for each field, in words. */
function check(draft: Draft): { rules: EpisodeRules | null; errors: Partial<Record<Key, string>> } {
  const errors: Partial<Record<Key, string>> = {}
  const values: Partial<Record<Key, number>> = {}
  for (const { key } of FIELDS) {
    const { min, max } = boundsOf(key)
    const value = readTypedNumber(draft[key])
    if (value === null || !Number.isInteger(value) || value < min || value > max) {
      errors[key] = `Enter a whole number ${fromTo(min, max)}.`
    } else {
      values[key] = value
    }
  }
  // The cross-field rules still run when another field is wrong; the fields each one compares
  // must both be valid, or the comparison would be against a stand-in default.
  const parsed = rulesSchema.safeParse({ ...DEFAULT_EPISODE_RULES, ...values })
  if (parsed.success && Object.keys(errors).length === 0) return { rules: parsed.data, errors }
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = issue.path[0] as Key | undefined
    const partner = key ? COMPARED_WITH[key] : undefined
    if (key && !errors[key] && (!partner || !errors[partner])) errors[key] = issue.message
  }
  return { rules: null, errors }
}

export function EpisodeRulesSection() {
  const { settings, updateSettings } = useJournal()
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings.episodeRules))
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({})
  const save = useSave()
  const form = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(form)
  // Issues the main process named, e.g. `episodeRules.watchDays`, shown by their field too.
  const serverErrors: Partial<Record<Key, string>> = {}
  for (const issue of save.state.issues) {
    const key = issue.path.replace(/^episodeRules\.?/, '') as Key
    if (FIELDS.some((f) => f.key === key)) serverErrors[key] = issue.message
  }

  const submit = async (rules: EpisodeRules, done: string) => {
    if (!(await save.run(() => updateSettings({ episodeRules: rules }), done))) refused()
  }

  return (
    <SettingsCard section="rules">
      <p>
        These numbers decide how pain days group into episodes and when Pain Journal suggests a
        doctor visit{' '}
        <span className="severity-bracketed">
          (<SeverityWord severity={LONG_EPISODE_LEVEL} />)
        </span>
        . The first three defaults follow published research on what an episode is. The two
        doctor-visit points come from patient guidance on back spasms and from clinical guidance on
        back pain ({MOST_EPISODES_EASE}; {DOCTOR_SHOULD_CHECK}), not from a trial. Change them only
        with good reason, for example on your doctor’s advice.
      </p>
      <form
        ref={form}
        aria-label="Episode rules"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          const result = check(draft)
          setErrors(result.errors)
          if (result.rules) void submit(result.rules, 'Saved. Episodes now follow these rules.')
          else {
            save.reset()
            refused()
          }
        }}
      >
        <div className="rules-grid">
          {FIELDS.map(({ key, label, unit, explain, source }) => {
            const id = `rule-${key}`
            const error = errors[key] ?? serverErrors[key]
            const { min, max } = boundsOf(key)
            return (
              <div className="field rule-field" key={key}>
                <label htmlFor={id}>{label}</label>
                <span className="rule-input">
                  <input
                    id={id}
                    type="number"
                    inputMode="numeric"
                    min={min}
                    max={max}
                    step={1}
                    value={draft[key]}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
                    onChange={(e) => {
                      setDraft((d) => ({ ...d, [key]: e.target.value }))
                      setErrors((all) => ({ ...all, [key]: undefined }))
                    }}
                  />
                  <span>{unit}</span>
                </span>
                <span className="field-hint" id={`${id}-hint`}>
                  {explain} Default {DEFAULT_EPISODE_RULES[key]}: {source}.
                </span>
                {error && (
                  <span className="field-error" id={`${id}-error`}>
                    {error}
                  </span>
                )}
              </div>
            )
          })}
        </div>
        <div className="button-row">
          <button type="submit" className="button primary" disabled={save.state.busy}>
            Save rules
          </button>
          <button
            type="button"
            className="button"
            disabled={save.state.busy}
            onClick={() => {
              setDraft(toDraft(DEFAULT_EPISODE_RULES))
              setErrors({})
              void submit({ ...DEFAULT_EPISODE_RULES }, 'Restored the default rules.')
            }}
          >
            Reset to defaults
          </button>
          <span role="status" className="status">
            {save.state.status}
          </span>
        </div>
        <NotSaved
          error={Object.values(errors).some(Boolean) ? 'Check the numbers marked above.' : null}
        />
        <NotSaved error={save.state.error} />
      </form>
    </SettingsCard>
  )
}
