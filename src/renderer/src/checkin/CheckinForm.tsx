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
import { PainBandWord } from '../components/PainBandWord'
import { ScoreScale } from './ScoreScale'
import { useFocusFirstInvalid } from '../components/focus-first-invalid'
import { useDigitEntry, useSaveShortcut, type KeyScope } from '../hooks'
import { fieldMessages } from '../../../shared/field-issues'
import { useJournal } from '../journal-context'
import { forgetRemembered, useRememberedState } from '../remembered-state'
import { useSave } from '../use-save'
import { useWrite } from '../writes'
import {
  CHECKIN_WORDS,
  firstMessage,
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
  timeMessage,
  type CheckinFormMode,
} from './checkin-mode'
import { formatStampClock } from '../../../shared/locale-format'
import { CheckinDetails } from './CheckinDetails'
import { CheckinNoteField, CheckinTimeField, DetailsBar, SaveBar } from './CheckinFormParts'
import { UnusualDoseQuestion } from './UnusualDoseQuestion'
import { useRecent } from './use-recent'
import './checkin.css'

const DETAIL_PATHS = /^(spasm|regions|context|triggerIds|remedies|remedyIds|redFlags)/

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
  // Doses over their daily limit, asked about before a save; the draft said yes for.
  const [unusual, setUnusual] = useState<UnusualDose[] | null>(null)
  const confirmedFor = useRef<CheckinDraft | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(formRef)
  const { last, lastDoses } = useRecent()

  // Keys typed in this form count; Today's own form also takes them from outside any form.
  const scope = useCallback<KeyScope>(
    (target) => {
      const form = target instanceof Element ? target.closest('form') : null
      return form === formRef.current || (mode.kind === 'now' && form === null)
    },
    [mode.kind],
  )

  // A digit then Ctrl/Cmd+Enter can come faster than React re-renders: every change (`change`, or
  // the reset after a save) updates this ref at once, so a save never acts on an older draft.
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
      const timeError = at === null ? timeMessage(current) : atError
      const all = timeError && mode.kind !== 'now' ? { time: timeError, ...found } : found
      showErrors(all, firstMessage(all))
      return
    }
    setErrors({})
    setFormError(null)
    const unusualNow = unusualDoses(checked.input.remedies ?? [], catalog.limits)
    if (unusualNow.length > 0 && confirmedFor.current !== current) return setUnusual(unusualNow)
    setUnusual(null)
    savingRef.current = true
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
      (saved) =>
        mode.kind === 'now' ? `Saved: pain ${saved.pain} at ${formatStampClock(saved.at)}.` : null,
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

  const label = formLabel(mode)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'

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
        <CheckinTimeField
          id={id}
          value={draft.time}
          dayStartHour={settings.dayStartHour}
          error={errors['time']}
          onChange={(time) => {
            change((d) => ({ ...d, time }))
            clearError('time')
          }}
        />
      )}
      <ScoreScale
        kind="pain"
        value={draft.pain}
        onChange={pick}
        legend={mode.kind === 'now' ? 'How bad is the pain right now?' : 'How bad was the pain?'}
        name={mode.kind === 'now' ? 'pain' : `${id}-pain`}
        answersNewCheckin={mode.kind === 'now'}
        error={errors['pain']}
      />
      <div className="pain-band-row">
        <PainBandWord score={draft.pain} />
        {mode.kind === 'now' && (
          <p className="field-hint">
            Type a number to choose it (1 then 0 for 10), then press Ctrl+Enter to save.
          </p>
        )}
      </div>

      <CheckinNoteField
        id={id}
        value={draft.note}
        error={errors['note']}
        onChange={(note) => change((d) => ({ ...d, note }))}
      />

      <DetailsBar
        id={id}
        draft={draft}
        open={open}
        onToggle={() => setOpen((o) => !o)}
        onSameAsLast={mode.kind === 'now' && last ? fillFromLast : null}
      />

      <div id={`${id}-details`} hidden={!open}>
        {open && (
          <CheckinDetails draft={draft} onChange={change} lastDoses={lastDoses} errors={errors} />
        )}
      </div>

      <SaveBar
        saving={saving}
        saveLabel={mode.kind === 'edit' ? 'Save changes' : 'Save check-in'}
        onCancel={onCancel ? cancel : null}
        status={status}
        formError={formError}
      >
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
      </SaveBar>
    </form>
  )
}
