/**
 * The CSV layout of a journal (docs/csv-format.md): one row per check-in, the day's record
 * repeated on each row of its day, and a row of its own for a day record on a day without any
 * check-in. Here: the columns and the schema that reads a row; csv-write.ts writes rows. Pure:
 * the main process reads the file and the database.
 */
import { z } from 'zod'
import {
  BODY_REGIONS,
  CONTEXTS,
  RED_FLAGS,
  REMEDY_KINDS,
  type BodyRegion,
  type DayRecord,
  type PainContext,
  type RedFlag,
  type Relief,
  type RemedyKind,
} from '../domain'
import { MAX_DOSE_MG } from '../doses'
import { dayFitsStamp } from '../journal-day'
import * as s from '../schemas'
import { splitItems, splitRaw, unescapeItem } from './list-field'

/** The columns of the check-in itself: empty on a day record's own row. */
export const CHECKIN_COLUMNS = [
  'recorded_at',
  'pain',
  'spasm',
  'context',
  'regions',
  'triggers',
  'remedies',
  'red_flags',
  'note',
] as const

/** The day record's columns, repeated on every row of its day. */
const DAY_COLUMNS = [
  'day_sleep_quality',
  'day_enjoyment_interference',
  'day_activity_interference',
  'day_minutes_walked',
  'day_note',
] as const

export const CSV_COLUMNS = ['journal_day', ...CHECKIN_COLUMNS, ...DAY_COLUMNS] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

/** True for a row that holds a day record alone: no time stamp and no pain. */
export function isDayRecordRow(raw: Readonly<Record<CsvColumn, string>>): boolean {
  return raw.recorded_at === '' && raw.pain === ''
}

// ---- Reading: one zod schema over the row's text fields, one message per bad field. ----

type Ctx = z.RefinementCtx

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message })
  return z.NEVER
}

function intIn(min: number, max: number, what: string) {
  return z.string().transform((text, ctx): number | null => {
    if (text === '') return null
    if (!/^-?\d+$/.test(text)) return fail(ctx, `"${text}" is not a whole number (${what})`)
    const n = Number(text)
    if (n < min || n > max) return fail(ctx, `${n} is outside ${min}–${max} (${what})`)
    return n
  })
}

function keyList<T extends string>(allowed: readonly T[], what: string) {
  return z.string().transform((text, ctx): T[] => {
    const split = splitItems(text)
    if ('error' in split) return fail(ctx, `The list ${split.error}`)
    const bad = split.items.filter((k) => !(allowed as readonly string[]).includes(k))
    if (bad.length > 0) {
      return fail(
        ctx,
        `Unknown ${what} ${bad.map((b) => `"${b}"`).join(', ')}; use ${allowed.join(', ')}`,
      )
    }
    return [...new Set(split.items)] as T[]
  })
}

const nameList = z.string().transform((text, ctx): string[] => {
  const split = splitItems(text)
  if ('error' in split) return fail(ctx, `The list ${split.error}`)
  for (const name of split.items) {
    const parsed = s.catalogName.safeParse(name)
    if (!parsed.success)
      return fail(ctx, `"${name.slice(0, 40)}": ${parsed.error.issues[0]?.message}`)
  }
  return split.items.map((n) => n.trim())
})

export interface CsvRemedyUse {
  name: string
  kind: RemedyKind | null
  doseMg: number | null
  minutes: number | null
  relief: Relief | null
}

function parseRemedy(raw: string): CsvRemedyUse | string {
  const [rawName = '', ...attrs] = splitRaw(raw, ';')
  const name = unescapeItem(rawName)?.trim() ?? ''
  const checked = s.catalogName.safeParse(name)
  if (!checked.success)
    return `remedy name "${name.slice(0, 40)}": ${checked.error.issues[0]?.message}`
  const use: CsvRemedyUse = { name, kind: null, doseMg: null, minutes: null, relief: null }
  for (const attr of attrs) {
    const [key, value = ''] = attr.split('=', 2)
    if (key === 'kind') {
      if (!(REMEDY_KINDS as readonly string[]).includes(value)) {
        return `"${name}": kind "${value}" is not one of ${REMEDY_KINDS.join(', ')}`
      }
      use.kind = value as RemedyKind
    } else if (key === 'dose_mg') {
      // Plain decimal digits only: Number() would also take "1e5" and "0x10".
      const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN
      if (!(n > 0 && n <= MAX_DOSE_MG)) {
        return `"${name}": dose_mg "${value}" must be a number of milligrams above 0 and at most ${MAX_DOSE_MG}`
      }
      use.doseMg = n
    } else if (key === 'minutes') {
      if (!/^\d+$/.test(value) || Number(value) > s.MINUTES_PER_DAY) {
        return `"${name}": minutes "${value}" must be a whole number from 0 to ${s.MINUTES_PER_DAY}`
      }
      use.minutes = Number(value)
    } else if (key === 'relief') {
      if (!['2', '1', '0', '-1'].includes(value)) {
        return `"${name}": relief "${value}" must be 2, 1, 0 or -1`
      }
      use.relief = Number(value) as Relief
    } else {
      return `"${name}": unknown part "${attr.slice(0, 30)}" (use kind=, dose_mg=, minutes=, relief=)`
    }
  }
  return use
}

const remedyList = z.string().transform((text, ctx): CsvRemedyUse[] => {
  if (text === '') return []
  const uses: CsvRemedyUse[] = []
  for (const raw of splitRaw(text, '|')) {
    if (raw.trim() === '')
      return fail(ctx, 'The list has an empty item (two | in a row, or one at an end)')
    const use = parseRemedy(raw)
    if (typeof use === 'string') return fail(ctx, use)
    uses.push(use)
  }
  return uses
})

const noteText = z.string().max(s.MAX_NOTE_LENGTH, {
  message: `Notes can be up to ${s.MAX_NOTE_LENGTH} characters`,
})

/** The five day-record columns, the same on a check-in's row and on a day record's own. */
const dayFields = {
  day_sleep_quality: intIn(0, 10, 'sleep quality'),
  day_enjoyment_interference: intIn(0, 10, 'interference with enjoyment'),
  day_activity_interference: intIn(0, 10, 'interference with activity'),
  day_minutes_walked: intIn(0, s.MINUTES_PER_DAY, 'minutes walked'),
  day_note: noteText,
}

export const csvRowSchema = z
  .strictObject({
    journal_day: s.dayString,
    recorded_at: s.timestamp,
    pain: z.string().transform((text, ctx) => {
      if (text === '') return fail(ctx, 'Pain is missing (a whole number from 0 to 10)')
      if (!/^\d+$/.test(text) || Number(text) > 10) {
        return fail(ctx, `"${text.slice(0, 20)}" is not a pain score from 0 to 10`)
      }
      return Number(text)
    }),
    spasm: z.string().transform((text, ctx): boolean | null => {
      if (text === '') return null
      if (text === 'yes' || text === 'no') return text === 'yes'
      return fail(ctx, `"${text.slice(0, 20)}" must be yes, no or empty`)
    }),
    context: z.string().transform((text, ctx): PainContext | null => {
      if (text === '') return null
      if ((CONTEXTS as readonly string[]).includes(text)) return text as PainContext
      return fail(ctx, `"${text.slice(0, 20)}" is not one of ${CONTEXTS.join(', ')}`)
    }),
    regions: keyList<BodyRegion>(BODY_REGIONS, 'region'),
    triggers: nameList,
    remedies: remedyList,
    red_flags: keyList<RedFlag>(RED_FLAGS, 'red flag'),
    note: noteText,
    ...dayFields,
  })
  .superRefine((row, ctx) => {
    if (!dayFitsStamp(row.journal_day, row.recorded_at)) {
      ctx.addIssue({
        code: 'custom',
        path: ['journal_day'],
        message: `${row.journal_day} does not fit the time ${row.recorded_at} (it should be that date, or the day before for an early-morning check-in)`,
      })
    }
  }, s.WHEN_FIELDS_VALID)

export type CsvRow = z.output<typeof csvRowSchema>

/** A day record's own row: the journal day and the day fields, every check-in column empty. */
export const csvDayRowSchema = z
  .strictObject({
    journal_day: s.dayString,
    ...Object.fromEntries(CHECKIN_COLUMNS.map((c) => [c, z.string()])),
    ...dayFields,
  } as { journal_day: typeof s.dayString } & Record<(typeof CHECKIN_COLUMNS)[number], z.ZodString> &
    typeof dayFields)
  .superRefine((row, ctx) => {
    for (const column of CHECKIN_COLUMNS) {
      if (row[column] !== '') {
        ctx.addIssue({
          code: 'custom',
          path: [column],
          message:
            'A row without recorded_at and pain holds a day record only; leave this empty (or give the check-in its time and pain)',
        })
        return
      }
    }
    if (dayRecordOf(row) === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['recorded_at'],
        message:
          'This row is empty: it has neither a check-in (recorded_at, pain) nor a day record',
      })
    }
  }, s.WHEN_FIELDS_VALID)

export interface CsvRowIssue {
  /** Record number in the file; the header is row 1. */
  row: number
  /** The column, or '' for the whole row or file. */
  field: string
  message: string
}

/** The day-record part of a row, or null when every day field is empty. */
export function dayRecordOf(
  row: Pick<
    CsvRow,
    | 'journal_day'
    | 'day_sleep_quality'
    | 'day_enjoyment_interference'
    | 'day_activity_interference'
    | 'day_minutes_walked'
    | 'day_note'
  >,
): DayRecord | null {
  const rec: DayRecord = {
    day: row.journal_day,
    sleepQuality: row.day_sleep_quality,
    enjoymentInterference: row.day_enjoyment_interference,
    activityInterference: row.day_activity_interference,
    minutesWalked: row.day_minutes_walked,
    note: row.day_note,
  }
  const empty =
    rec.sleepQuality === null &&
    rec.enjoymentInterference === null &&
    rec.activityInterference === null &&
    rec.minutesWalked === null &&
    rec.note === ''
  return empty ? null : rec
}

export function sameDayRecord(a: DayRecord | null, b: DayRecord | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
