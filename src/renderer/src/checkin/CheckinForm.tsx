/**
 * The one check-in form, the same on Today and in History (checkin-mode.ts): a check-in now, a
 * new one on a chosen day, or a stored one corrected in full. The quick path is a digit and
 * Ctrl/Cmd+Enter; everything else waits under "Add details". Save is always in view. What was
 * typed stays until it is saved; a refused save outlines the first field at fault, puts the
 * focus on it above the save bar and says why beside it.
 */
import { useCallback, useId, useRef, useState } from 'react'
import type { Checkin } from '../../../shared/domain'
import { unusualDoses, type UnusualDose } from '../../../shared/doses'
import { PainSelector } from '../components/PainSelector'
import { useFocusFirstInvalid } from '../components/focus-first-invalid'
import { useDigitEntry, useSaveShortcut, type KeyScope } from '../hooks'
import { fieldMessages } from '../../../shared/field-issues'
import { useJournal } from '../journal-context'
import { forgetRemembered, useRememberedState } from '../remembered-state'
import { useSave } from '../use-save'
import { useWrite } from '../writes'
import {
  CHECKIN_WORDS,
  hasDetails,
  sameAsLastTime,
  validateDraft,
  type CheckinDraft,
  type FieldErrors,
} from './checkin-draft'
import {
  draftKey,
  formLabel,
  initialDraft,
  stampOf,
  TIME_MESSAGE,
  type CheckinFormMode,
} from './checkin-mode'
import { timeOf } from './checkin-time'
import { CheckinDetails } from './CheckinDetails'
import { UnusualDoseQuestion } from './UnusualDoseQuestion'
import { useRecent } from './use-recent'
import './checkin.css'

const DETAIL_PATHS = /^(spasm|regions|context|triggerIds|remedies|remedyIds|redFlags)/

/** The form's fields in the order they appear: the first one at fault is named in the save bar. */
const FIELD_ORDER = ['time', 'pain', 'note']

function firstMessage(errors: FieldErrors): string {
  const paths = Object.keys(errors)
  const first = FIELD_ORDER.find((p) => errors[p]) ?? paths[0]
  return (first && errors[first]) ?? 'Some details need another look; see the notes beside them.'
}

const SAME_AS_LAST_HINT =
  'Fills in where it hurt, the spasm, when and the triggers of your last check-in, and offers ' +
  'what you tried then: medicines count only when you tick them'

interface Props {
  mode: CheckinFormMode
  /** Called with the check-in as stored and the moment it was saved. */
  onSaved: (checkin: Checkin, at: Date) => void
  /** Closes a form for a chosen day or an edit (Today's own form has no Cancel). */
  onCancel?: () => void
  /** The level of the form's own heading (a form for a chosen day or an edit has one). */
  headingLevel?: 3 | 4
}

export function CheckinForm({ mode, onSaved, onCancel, headingLevel = 3 }: Props) {
  const { catalog, info, settings } = useJournal()
  const id = useId()
  const memoryKey = draftKey(info.databasePath, mode)
  const [draft, setDraft] = useRememberedState<CheckinDraft>(memoryKey, () => initialDraft(mode))
  const [open, setOpen] = useRememberedState(`${memoryKey}#open`, mode.kind === 'edit')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const write = useWrite()
  const store = useSave({
    // The main process refused it: each field at fault says why, as when the form refuses.
    onRefused: (issues, message) => {
      const found = fieldMessages(issues, CHECKIN_WORDS)
      if (found['at'] && mode.kind !== 'now') found['time'] = found['at']
      showErrors(found, message)
    },
  })
  const { say } = store
  const saving = store.state.busy
  const status = store.state.status
  // Doses above their medicine's daily limit, asked about before saving; and the draft the person
  // said yes for (any change to it asks again).
  const [unusual, setUnusual] = useState<UnusualDose[] | null>(null)
  const confirmedFor = useRef<CheckinDraft | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(formRef)
  const { last, lastDoses } = useRecent()

  // Keys count for this form when typed in it; Today's own form also takes them from outside any
  // form, so a digit and Ctrl+Enter work from anywhere on the page.
  const scope = useCallback<KeyScope>(
    (target) => {
      const form = target instanceof Element ? target.closest('form') : null
      return form === formRef.current || (mode.kind === 'now' && form === null)
    },
    [mode.kind],
  )

  // The keyboard path is a digit then Ctrl/Cmd+Enter, typed faster than React may re-render on a
  // busy machine: the latest draft lives in a ref that every change updates at once, so a save
  // never acts on the draft from before the digit. Every change to the draft goes through
  // `change` (or the reset after a save), which keep this ref in step with the state.
  const draftRef = useRef(draft)
  const savingRef = useRef(false)
  const change = useCallback(
    (update: (d: CheckinDraft) => CheckinDraft) => {
      const next = update(draftRef.current)
      draftRef.current = next
      setDraft(next)
      say(null)
      setUnusual(null)
    },
    [setDraft, say, setUnusual],
  )
  const clearError = (path: string) => setErrors(({ [path]: _gone, ...rest }) => rest)

  const pick = useCallback(
    (pain: number) => {
      change((d) => ({ ...d, pain }))
      setErrors(({ pain: _gone, ...rest }) => rest)
      setFormError(null)
    },
    [change],
  )
  useDigitEntry(pick, scope)

  const fillFromLast = () => {
    if (!last) return
    const active = (list: { id: number; archived: boolean }[]) => (entry: number) =>
      list.some((e) => e.id === entry && !e.archived)
    change((d) =>
      sameAsLastTime(d, last, {
        trigger: active(catalog.triggers),
        remedy: active(catalog.remedies),
      }),
    )
    setOpen(true)
    say(
      'Filled in where it hurt, the spasm, when and the triggers from last time. What you tried ' +
        'then is offered under “What did you try?”: tick what you took this time.',
    )
  }

  const showErrors = (found: FieldErrors, message: string) => {
    setErrors(found)
    setFormError(message)
    if (Object.keys(found).some((path) => DETAIL_PATHS.test(path))) setOpen(true)
    refused()
  }

  const save = useCallback(async () => {
    if (savingRef.current) return
    const now = new Date()
    const current = draftRef.current
    const at = stampOf(mode, current, now, settings.dayStartHour)
    const checked = validateDraft(current, at ?? '', now)
    if (!checked.ok || at === null) {
      // The time stamp comes from the time field: its problems are shown there.
      const { at: atError, ...found } = checked.ok ? {} : checked.errors
      const timeError = at === null ? TIME_MESSAGE : atError
      const all = timeError && mode.kind !== 'now' ? { time: timeError, ...found } : found
      showErrors(all, firstMessage(all))
      return
    }
    const unusualNow = unusualDoses(checked.input.remedies ?? [], catalog.limits)
    if (unusualNow.length > 0 && confirmedFor.current !== current) {
      setErrors({})
      setFormError(null)
      setUnusual(unusualNow)
      return
    }
    setUnusual(null)
    savingRef.current = true
    setErrors({})
    setFormError(null)
    const input = mode.kind === 'edit' ? { ...checked.input, id: mode.checkin.id } : checked.input
    await store.run(
      async () => {
        const saved = await write('checkins:save', input)
        confirmedFor.current = null
        if (mode.kind === 'now') {
          draftRef.current = initialDraft(mode)
          setDraft(draftRef.current)
          setOpen(false)
        } else {
          forgetRemembered(memoryKey)
          forgetRemembered(`${memoryKey}#open`)
        }
        onSaved(saved, now)
        return saved
      },
      (saved) => (mode.kind === 'now' ? `Saved: pain ${saved.pain} at ${timeOf(saved.at)}.` : null),
    )
    savingRef.current = false
    // showErrors and refused only call stable setters; store.run and write are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onSaved, setDraft, setOpen, catalog.limits, mode, settings.dayStartHour, memoryKey])

  const onSaveShortcut = useCallback(() => void save(), [save])
  useSaveShortcut(onSaveShortcut, scope)

  const confirmUnusual = () => {
    confirmedFor.current = draftRef.current
    void save()
  }
  const reconsiderUnusual = () => {
    const first = unusual?.[0]
    setUnusual(null)
    setOpen(true)
    if (first) {
      // After the details have shown: the dose field is where the change is made.
      requestAnimationFrame(() =>
        formRef.current
          ?.querySelector<HTMLInputElement>(`[data-dose-for="${first.remedyId}"]`)
          ?.focus(),
      )
    }
  }
  const cancel = () => {
    forgetRemembered(memoryKey)
    forgetRemembered(`${memoryKey}#open`)
    onCancel?.()
  }

  const detailCount = [
    draft.spasm !== null,
    draft.context !== null,
    draft.regions.length > 0,
    draft.triggerIds.length > 0,
    draft.remedies.length > 0,
    draft.redFlags.length > 0,
  ].filter(Boolean).length
  const label = formLabel(mode)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const errorId = (path: string) => `${id}-${path}-error`

  return (
    <form
      ref={formRef}
      className={`card checkin-form${mode.kind === 'now' ? '' : ' checkin-form-embedded'}`}
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      {mode.kind !== 'now' && <Heading className="checkin-form-title">{label}</Heading>}
      {mode.kind !== 'now' && (
        <div className="field checkin-time-field">
          <label htmlFor={`${id}-time`}>Time</label>
          <input
            id={`${id}-time`}
            type="time"
            required
            value={draft.time}
            onChange={(e) => {
              const time = e.target.value
              change((d) => ({ ...d, time }))
              clearError('time')
            }}
            aria-invalid={errors['time'] ? true : undefined}
            aria-describedby={`${id}-time-hint${errors['time'] ? ` ${errorId('time')}` : ''}`}
          />
          <span id={`${id}-time-hint`} className="field-hint">
            Times before {String(settings.dayStartHour).padStart(2, '0')}:00 count as the night
            after this day.
          </span>
          {errors['time'] && (
            <span id={errorId('time')} className="field-error">
              {errors['time']}
            </span>
          )}
        </div>
      )}
      <PainSelector
        value={draft.pain}
        onChange={pick}
        legend={mode.kind === 'now' ? undefined : 'How bad was the pain?'}
        name={mode.kind === 'now' ? 'pain' : `${id}-pain`}
        answersNewCheckin={mode.kind === 'now'}
        error={errors['pain']}
      />
      {mode.kind === 'now' && (
        <p className="field-hint">
          Type a number to choose it (1 then 0 for 10), then press Ctrl+Enter to save.
        </p>
      )}

      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          value={draft.note}
          onChange={(e) => {
            const note = e.target.value
            change((d) => ({ ...d, note }))
          }}
          placeholder="Anything worth remembering about this moment"
          aria-invalid={errors['note'] ? true : undefined}
          aria-describedby={errors['note'] ? errorId('note') : undefined}
        />
        {errors['note'] && (
          <span id={errorId('note')} className="field-error">
            {errors['note']}
          </span>
        )}
      </div>

      <div className="details-bar">
        <button
          type="button"
          className="button disclosure"
          aria-expanded={open}
          aria-controls={`${id}-details`}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="disclosure-arrow" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          Add details
        </button>
        <span className="field-hint">
          {hasDetails(draft)
            ? `${detailCount} ${detailCount === 1 ? 'detail' : 'details'} filled in`
            : 'Spasm, where it hurts, triggers, what you tried, warning signs'}
        </span>
        {mode.kind === 'now' && last && (
          <button
            type="button"
            className="button same-as-last"
            onClick={fillFromLast}
            title={SAME_AS_LAST_HINT}
            aria-describedby={`${id}-same-as-last-hint`}
          >
            Same as last time
          </button>
        )}
        <span id={`${id}-same-as-last-hint`} className="visually-hidden">
          {SAME_AS_LAST_HINT}
        </span>
      </div>

      <div id={`${id}-details`} hidden={!open}>
        {open && (
          <CheckinDetails draft={draft} onChange={change} lastDoses={lastDoses} errors={errors} />
        )}
      </div>

      <div className="save-bar">
        <div className="button-row">
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : mode.kind === 'edit' ? 'Save changes' : 'Save check-in'}
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          )}
          <span role="status" className="status">
            {status}
          </span>
        </div>
        {formError && (
          <div className="alert" role="alert">
            <strong>Not saved.</strong> {formError}
          </div>
        )}
        {unusual && (
          <UnusualDoseQuestion
            doses={unusual}
            nameOf={(remedy) =>
              catalog.remedies.find((r) => r.id === remedy)?.name ?? 'this medicine'
            }
            onYes={confirmUnusual}
            onNo={reconsiderUnusual}
          />
        )}
      </div>
    </form>
  )
}
