/**
 * Report: choose a period, who it is for and what to include; see exactly what will be saved;
 * save it as PDF or print it. Moving records in and out (CSV, backups, FHIR) is in Settings → Your
 * data, linked from the top of this screen.
 */
import { useDeferredValue, useEffect, useRef, useState } from 'react'
import {
  DEFAULT_REPORT_DAYS,
  DEFAULT_SECTIONS,
  lastDays,
  pageSizeForLocale,
  type PageSize,
  type ReportOptions,
} from '../../../../shared/report/options'
import { useScreenCommand } from '../../app-commands'
import { messageOf } from '../../api'
import { PlaceLink } from '../../components/PlaceLink'
import { useJournal } from '../../journal-context'
import { useJournalToday } from '../../journal-today'
import { useApiQuery } from '../../queries'
import { useSave } from '../../use-save'
import { useWrite } from '../../writes'
import { periodFault, periodProblem } from './period-check'
import { ReportForm, type PeriodPreset } from './ReportForm'
import { ReportPreview, type ReportPreviewHandle } from './ReportPreview'
import './report.css'

export function ReportScreen() {
  const { settings, updateSettings } = useJournal()
  const today = useJournalToday()
  const [preset, setPreset] = useState<PeriodPreset>(DEFAULT_REPORT_DAYS)
  const [options, setOptions] = useState<ReportOptions>(() => ({
    ...lastDays(today, DEFAULT_REPORT_DAYS),
    patientName: '',
    dateOfBirth: null,
    sections: { ...DEFAULT_SECTIONS },
  }))
  const [pageSize, setPageSize] = useState<PageSize>(
    () => settings.reportPageSize ?? pageSizeForLocale(navigator.language),
  )
  // The paper a person prints on does not change from one report to the next: keep the choice.
  // Should keeping it fail (a full disk), it still applies to this report.
  const choosePageSize = (size: PageSize) => {
    setPageSize(size)
    void updateSettings({ reportPageSize: size }).catch(() => undefined)
  }
  const write = useWrite()
  const pdf = useSave()
  const saving = pdf.state.busy
  const [saved, setSaved] = useState<string | null>(null)
  // The period's fault or a failure to open the PDF; a failed save is the save hook's to say.
  const [otherError, setActionError] = useState<string | null>(null)
  const actionError = otherError ?? pdf.state.error
  const preview = useRef<ReportPreviewHandle>(null)

  // The buttons follow the period as typed; the preview follows it a moment later.
  const fault = periodFault(options, today)
  const periodError = fault?.message ?? null
  const wanted = useDeferredValue(options)
  const wantedError = periodProblem(wanted, today)
  const doc = useApiQuery('report:preview', wanted, { enabled: !wantedError })

  function choosePreset(p: PeriodPreset) {
    setPreset(p)
    if (p !== 'custom') setOptions((o) => ({ ...o, ...lastDays(today, p) }))
  }

  async function savePdf() {
    if (periodError) {
      setActionError(periodError)
      return
    }
    setSaved(null)
    setActionError(null)
    await pdf.run(async () =>
      setSaved((await write('report:export-pdf', { options, pageSize })).path),
    )
  }

  // File → Export Report… and Print Report… (menu or Ctrl/Cmd+P). Printing waits for the preview.
  const printWanted = useRef(false)
  // What is printed is the preview: only a preview of the period asked for, and a valid one.
  const printable = doc.data !== undefined && !doc.loading && !doc.error && !periodError
  useScreenCommand('export-report', () => void savePdf())
  useScreenCommand('print-report', () => {
    if (printable) preview.current?.print()
    // Asked for while the preview is still being made: print it once it is ready.
    else if (!periodError) printWanted.current = true
  })
  useEffect(() => {
    if (!printWanted.current || !printable) return
    printWanted.current = false
    preview.current?.print()
  }, [printable])

  async function openPdf() {
    await write('report:open-pdf', undefined).catch((e: unknown) => setActionError(messageOf(e)))
  }

  return (
    <>
      <h1>Report for your doctor</h1>
      <p className="muted report-intro">
        A one- or two-page summary to take to an appointment. What you see below is exactly what
        will be saved.
      </p>
      <p className="muted report-data-link">
        To export your records, import them or save a backup file, go to{' '}
        <PlaceLink to={{ screen: 'settings', section: 'data' }}>Settings → Your data</PlaceLink>.
      </p>
      <div className="report-layout">
        <div className="report-controls">
          <ReportForm
            options={options}
            today={today}
            periodFault={fault}
            preset={preset}
            pageSize={pageSize}
            onPreset={choosePreset}
            onChange={setOptions}
            onPageSize={choosePageSize}
          />
          <section className="card report-actions" aria-label="Save or print">
            <div className="button-row">
              <button
                type="button"
                className="button primary"
                onClick={() => void savePdf()}
                disabled={saving || periodError !== null || doc.error !== null}
              >
                {saving ? 'Making the PDF…' : 'Save as PDF…'}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => preview.current?.print()}
                disabled={!printable}
              >
                Print…
              </button>
              <p role="status" className="status">
                {saving ? 'Making the PDF…' : saved ? `Saved to ${saved}` : ''}
              </p>
              {saved && !saving && (
                <button type="button" className="button small" onClick={() => void openPdf()}>
                  Open the PDF
                </button>
              )}
            </div>
            {actionError && (
              <div className="alert" role="alert">
                <strong>The report was not saved.</strong> {actionError}
              </div>
            )}
          </section>
        </div>
        <section className="report-preview" aria-label="Report preview" aria-busy={doc.loading}>
          {periodError || wantedError ? (
            // The reason is said once, under the dates.
            <p className="report-no-preview">
              No preview until the period is one the report can cover.
            </p>
          ) : doc.error ? (
            <div className="alert" role="alert">
              <strong>No preview.</strong> {doc.error}
            </div>
          ) : doc.data ? (
            <>
              {doc.loading && (
                <p className="status report-updating" role="status">
                  Updating the preview…
                </p>
              )}
              <ReportPreview ref={preview} doc={doc.data} />
            </>
          ) : (
            <p className="status" role="status">
              Preparing the preview…
            </p>
          )}
        </section>
      </div>
    </>
  )
}
