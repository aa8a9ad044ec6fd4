/**
 * The check-in form. The quick path is a digit and Ctrl/Cmd+Enter; everything else waits under
 * "Add details". Save is always in view. What was typed stays until it is saved, and a failed
 * save says why next to the field it is about.
 */
import { useCallback, useMemo, useRef, useState } from 'react'
import type { Checkin } from '../../../../shared/domain'
import { toLocalTimestamp } from '../../../../shared/journal-day'
import { MAX_NOTE_LENGTH } from '../../../../shared/schemas'
import { api, ApiError, messageOf, unwrap } from '../../api'
import { CharactersLeft } from '../../components/CharactersLeft'
import { PainSelector } from '../../components/PainSelector'
import { useDigitEntry, useQuery, useSaveShortcut } from '../../hooks'
import { announceCheckinsChanged, useCheckinsChanged } from '../../journal-events'
import { useJournal } from '../../journal-context'
import {
  EMPTY_DRAFT,
  friendlyIssues,
  hasDetails,
  sameAsLastTime,
  validateDraft,
  type CheckinDraft,
  type FieldErrors,
} from './checkin-draft'
import { CheckinDetails } from './CheckinDetails'
import type { LastDoseInfo } from './RemedyPicker'
import { useRememberedState } from './remembered-state'

const DETAIL_PATHS = /^(spasm|regions|context|triggerIds|remedies|remedyIds|redFlags)/

interface Props {
  /** Called with the moment of a successful save (the journal day may have moved on). */
  onSaved: (checkin: Checkin, at: Date) => void
}

export function CheckinForm({ onSaved }: Props) {
  const { catalog, info } = useJournal()
  const memoryKey = `${info.databasePath}#checkin`
  const [draft, setDraft] = useRememberedState<CheckinDraft>(memoryKey, EMPTY_DRAFT)
  const [open, setOpen] = useRememberedState(`${memoryKey}#open`, false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [version, setVersion] = useState(0)

  const recent = useQuery(
    async () => {
      const [last, doses] = await Promise.all([
        unwrap(api.getLastCheckin()),
        unwrap(api.listLastDoses()),
      ])
      return { last, doses: new Map<number, LastDoseInfo>(doses.map((d) => [d.remedyId, d])) }
    },
    String(version),
    messageOf,
  )
  useCheckinsChanged(() => setVersion((v) => v + 1))
  const last = recent.data?.last ?? null
  const lastDoses = useMemo(
    () => recent.data?.doses ?? new Map<number, LastDoseInfo>(),
    [recent.data],
  )

  // The keyboard path is a digit then Ctrl/Cmd+Enter, typed faster than React may re-render on a
  // busy machine: the latest draft lives in a ref that every change updates at once, so a save
  // never acts on the draft from before the digit.
  // Every change to the draft goes through `change` (or the reset after a save), which keep
  // this ref in step with the state.
  const draftRef = useRef(draft)
  const savingRef = useRef(false)
  const change = useCallback(
    (update: (d: CheckinDraft) => CheckinDraft) => {
      const next = update(draftRef.current)
      draftRef.current = next
      setDraft(next)
      setStatus(null)
    },
    [setDraft],
  )

  const pick = useCallback(
    (pain: number) => {
      change((d) => ({ ...d, pain }))
      setErrors(({ pain: _gone, ...rest }) => rest)
      setFormError(null)
    },
    [change],
  )
  useDigitEntry(pick)

  const fillFromLast = () => {
    if (!last) return
    const active = (list: { id: number; archived: boolean }[]) => (id: number) =>
      list.some((e) => e.id === id && !e.archived)
    change((d) =>
      sameAsLastTime(d, last, {
        trigger: active(catalog.triggers),
        remedy: active(catalog.remedies),
      }),
    )
    setOpen(true)
    setStatus('Filled in what you noted last time. Check it, then save.')
  }

  const showErrors = (found: FieldErrors, message: string) => {
    setErrors(found)
    setFormError(message)
    if (Object.keys(found).some((path) => DETAIL_PATHS.test(path))) setOpen(true)
  }

  const save = useCallback(async () => {
    if (savingRef.current) return
    const now = new Date()
    const checked = validateDraft(draftRef.current, toLocalTimestamp(now), now)
    if (!checked.ok) {
      showErrors(
        checked.errors,
        checked.errors['pain'] ?? 'Some details need another look; see the notes beside them.',
      )
      return
    }
    savingRef.current = true
    setSaving(true)
    setErrors({})
    setFormError(null)
    try {
      const saved = await unwrap(api.saveCheckin(checked.input))
      draftRef.current = EMPTY_DRAFT
      setDraft(EMPTY_DRAFT)
      setOpen(false)
      setStatus(`Saved: pain ${saved.pain} at ${saved.at.slice(11, 16)}.`)
      onSaved(saved, now)
      announceCheckinsChanged({ saved })
    } catch (e) {
      const issues = e instanceof ApiError ? (e.info.issues ?? []) : []
      showErrors(friendlyIssues(issues), messageOf(e))
    } finally {
      savingRef.current = false
      setSaving(false)
    }
    // showErrors only calls stable setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onSaved, setDraft, setOpen])

  const onSaveShortcut = useCallback(() => void save(), [save])
  useSaveShortcut(onSaveShortcut)

  const detailCount = [
    draft.spasm !== null,
    draft.context !== null,
    draft.regions.length > 0,
    draft.triggerIds.length > 0,
    draft.remedies.length > 0,
    draft.redFlags.length > 0,
  ].filter(Boolean).length

  return (
    <form
      className="card checkin-form"
      aria-label="New check-in"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <PainSelector value={draft.pain} onChange={pick} />
      <p className="field-hint">
        Type a number to choose it (1 then 0 for 10), then press Ctrl+Enter to save.
      </p>

      <div className="field">
        <label htmlFor="checkin-note">Note (optional)</label>
        <textarea
          id="checkin-note"
          value={draft.note}
          onChange={(e) => change((d) => ({ ...d, note: e.target.value }))}
          placeholder="Anything worth remembering about this moment"
          aria-invalid={errors['note'] ? true : undefined}
          aria-describedby="checkin-note-left"
        />
        <CharactersLeft id="checkin-note-left" value={draft.note} max={MAX_NOTE_LENGTH} />
        {errors['note'] && <span className="field-error">{errors['note']}</span>}
      </div>

      <div className="details-bar">
        <button
          type="button"
          className="button disclosure"
          aria-expanded={open}
          aria-controls="checkin-details"
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
        {last && (
          <button
            type="button"
            className="button same-as-last"
            onClick={fillFromLast}
            title="Fills in the triggers, remedies and doses of your last check-in"
            aria-describedby="same-as-last-hint"
          >
            Same as last time
          </button>
        )}
        <span id="same-as-last-hint" className="visually-hidden">
          Fills in the triggers, remedies and doses of your last check-in
        </span>
      </div>

      <div id="checkin-details" hidden={!open}>
        {open && (
          <CheckinDetails draft={draft} onChange={change} lastDoses={lastDoses} errors={errors} />
        )}
      </div>

      <div className="save-bar">
        <div className="button-row">
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save check-in'}
          </button>
          <span role="status" className="status">
            {status}
          </span>
        </div>
        {formError && (
          <div className="alert" role="alert">
            <strong>Not saved.</strong> {formError}
          </div>
        )}
      </div>
    </form>
  )
}
