/** What the person chooses for a doctor report: period, who it is for, which sections. */
import { z } from 'zod'
import { onFirstUse } from '../on-first-use'
import { addDaysToDay } from '../days'
import {
  BROKEN_CHARACTER,
  dayString,
  isWellFormedText,
  periodInOrder,
  WHEN_FIELDS_VALID,
} from '../schemas'

export const REPORT_SECTIONS = [
  'flags',
  'chart',
  'redFlags',
  'visits',
  'episodes',
  'dayRecord',
  'pattern',
  'triggers',
  'remedies',
  'medication',
  'notes',
] as const
export type ReportSection = (typeof REPORT_SECTIONS)[number]

export const REPORT_SECTION_LABELS: Record<ReportSection, string> = {
  flags: 'What the journal flags',
  chart: 'Pain chart',
  redFlags: 'Warning signs recorded',
  visits: 'Doctor visits recorded',
  episodes: 'Episodes',
  dayRecord: 'Sleep, interference and walking',
  pattern: 'Where it hurts, spasms, when it comes on',
  triggers: 'Triggers',
  remedies: 'Remedies',
  medication: 'Medication log',
  notes: 'Notes (your own words, visit notes included)',
}

/** Notes are personal, so they are left out unless the person adds them. */
export const DEFAULT_SECTIONS: Record<ReportSection, boolean> = {
  flags: true,
  chart: true,
  redFlags: true,
  visits: true,
  episodes: true,
  dayRecord: true,
  pattern: true,
  triggers: true,
  remedies: true,
  medication: true,
  notes: false,
}

export const DEFAULT_REPORT_DAYS = 90
/** A report longer than this would not be read in a minute; the chart would be a smear. */
export const MAX_REPORT_DAYS = 3 * 366

/** The patient's name as the report prints it. */
export const MAX_PATIENT_NAME_LENGTH = 120

export const reportOptions = onFirstUse(() =>
  periodInOrder(
    z.strictObject({
      from: dayString,
      to: dayString,
      patientName: z
        .string()
        .trim()
        .max(MAX_PATIENT_NAME_LENGTH, {
          message: `Names can be up to ${MAX_PATIENT_NAME_LENGTH} characters`,
        })
        .refine(isWellFormedText, { message: BROKEN_CHARACTER }),
      dateOfBirth: dayString.nullable(),
      sections: z.strictObject(
        Object.fromEntries(REPORT_SECTIONS.map((s) => [s, z.boolean()])) as Record<
          ReportSection,
          z.ZodBoolean
        >,
      ),
    }),
  ).refine((o) => o.from >= addDaysToDay(o.to, -(MAX_REPORT_DAYS - 1)), {
    message: `A report can cover up to ${MAX_REPORT_DAYS} days`,
    path: ['from'],
    ...WHEN_FIELDS_VALID,
  }),
)
export type ReportOptions = z.infer<typeof reportOptions>

export const pageSize = onFirstUse(() => z.enum(['A4', 'Letter']))
export type PageSize = z.infer<typeof pageSize>

/** Letter in the countries that use it; A4 everywhere else. */
export function pageSizeForLocale(locale: string): PageSize {
  const region = /[-_]([A-Z]{2})\b/.exec(locale)?.[1]
  return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR'].includes(region)
    ? 'Letter'
    : 'A4'
}

/** `pain-report-2026-08-27-to-2026-11-25.pdf` */
export function reportFileName(o: Pick<ReportOptions, 'from' | 'to'>): string {
  return `pain-report-${o.from}-to-${o.to}.pdf`
}

export function lastDays(today: string, days: number): { from: string; to: string } {
  return { from: addDaysToDay(today, -(days - 1)), to: today }
}

export const reportDocument = onFirstUse(() =>
  z.strictObject({
    title: z.string(),
    css: z.string(),
    body: z.string(),
  }),
)
export type ReportDocument = z.infer<typeof reportDocument>

/** The whole HTML page the PDF is printed from: the same body and styles the preview shows. */
export function reportHtml(doc: ReportDocument): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${doc.title}</title><style>${doc.css}</style></head><body>${doc.body}</body></html>`
}
