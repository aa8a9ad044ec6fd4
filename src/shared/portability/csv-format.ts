/**
 * The CSV layout of a journal (docs/csv-format.md): one row per check-in, the day's record
 * repeated on each row of its day, and a row of its own for a day record on a day without any
 * check-in. Here: the columns and the schema that reads a row; csv-write.ts writes rows. Pure:
 * the main process reads the file and the database.
 */
import { z } from 'zod'
import { onFirstUse } from '../on-first-use'
import {
  BODY_REGIONS,
  CONTEXTS,
  RED_FLAGS,
  REMEDY_KINDS,
  type BodyRegion,
  isEmptyDayRecord,
  type DayRecord,
  type PainContext,
  type RedFlag,
  type Relief,
  type RemedyKind,
} from '../domain'
import { describeIssues, fieldIssues } from '../field-issues'
import { dayMisfitProblem } from '../journal-day'
import * as s from '../schemas'
import { PAIN_MAX, PAIN_MIN } from '../pain-scale'
import { fromTo } from '../range-words'
import { readTypedNumber } from '../typed-number'
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

/** The file writes numbers one way whatever the computer's language: digits and a point. */
const FILE_NUMBER_LOCALE = 'en-US'

/**
 * A number as the export writes it (digits, a point, a minus for relief's -1), read with the one
 * reader of typed numbers; NaN for anything else ('', `1e5`, `0x10`), which the schema refuses.
 */
function fileNumber(text: string): number {
  return readTypedNumber(text, FILE_NUMBER_LOCALE) ?? Number.NaN
}

/**
 * The text read as a number and checked by the contract's own schema, so a file is held to the
 * rules the app's forms are; when refused, the schema's words after the text as written.
 */
function checkedNumber<T>(schema: z.ZodType<T>, text: string): { value: T } | { error: string } {
  const parsed = schema.safeParse(fileNumber(text))
  if (parsed.success) return { value: parsed.data }
  return { error: `"${text.slice(0, 20)}": ${describeIssues(fieldIssues(parsed.error.issues))}` }
}

/** A column holding a number the schema checks, or nothing (null). */
function numberColumn<T>(schema: z.ZodType<T>) {
  return z.string().transform((text, ctx): T | null => {
    if (text === '') return null
    const checked = checkedNumber(schema, text)
    return 'error' in checked ? fail(ctx, checked.error) : checked.value
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

const nameList = onFirstUse(() =>
  z.string().transform((text, ctx): string[] => {
    const split = splitItems(text)
    if ('error' in split) return fail(ctx, `The list ${split.error}`)
    const names: string[] = []
    for (const name of split.items) {
      const parsed = s.catalogName.safeParse(name)
      if (!parsed.success)
        return fail(ctx, `"${name.slice(0, 40)}": ${parsed.error.issues[0]?.message}`)
      names.push(parsed.data)
    }
    return names
  }),
)

export interface CsvRemedyUse {
  name: string
  kind: RemedyKind | null
  doseMg: number | null
  minutes: number | null
  relief: Relief | null
}

/** A remedy's numeric parts, each checked by the contract's schema for that field. */
const ATTRIBUTE_SCHEMAS = { dose_mg: s.doseMg, minutes: s.minutesInADay, relief: s.relief }

function parseRemedy(raw: string): CsvRemedyUse | string {
  const [rawName = '', ...attrs] = splitRaw(raw, ';')
  const rawText = unescapeItem(rawName)?.trim() ?? ''
  const checked = s.catalogName.safeParse(rawText)
  if (!checked.success)
    return `remedy name "${rawText.slice(0, 40)}": ${checked.error.issues[0]?.message}`
  const name = checked.data
  const use: CsvRemedyUse = { name, kind: null, doseMg: null, minutes: null, relief: null }
  for (const attr of attrs) {
    const [key, value = ''] = attr.split('=', 2)
    if (key === 'kind') {
      if (!(REMEDY_KINDS as readonly string[]).includes(value)) {
        return `"${name}": kind "${value}" is not one of ${REMEDY_KINDS.join(', ')}`
      }
      use.kind = value as RemedyKind
    } else if (key === 'dose_mg' || key === 'minutes' || key === 'relief') {
      const checked = checkedNumber<number>(ATTRIBUTE_SCHEMAS[key], value)
      if ('error' in checked) return `"${name}": ${key} ${checked.error}`
      if (key === 'dose_mg') use.doseMg = checked.value
      else if (key === 'minutes') use.minutes = checked.value
      else use.relief = checked.value as Relief
    } else {
      return `"${name}": unknown part "${attr.slice(0, 30)}" (use kind=, dose_mg=, minutes=, relief=)`
    }
  }
  return use
}

const remedyList = onFirstUse(() =>
  z.string().transform((text, ctx): CsvRemedyUse[] => {
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
  }),
)

/** The five day-record columns, the same on a check-in's row and on a day record's own. */
const dayFields = () => ({
  day_sleep_quality: numberColumn(s.zeroToTen),
  day_enjoyment_interference: numberColumn(s.zeroToTen),
  day_activity_interference: numberColumn(s.zeroToTen),
  day_minutes_walked: numberColumn(s.minutesInADay),
  day_note: s.note,
})

export const csvRowSchema = onFirstUse(() =>
  z
    .strictObject({
      journal_day: s.dayString,
      recorded_at: s.timestamp,
      pain: z.string().transform((text, ctx): number => {
        if (text === '') {
          return fail(ctx, `Pain is missing (a whole number ${fromTo(PAIN_MIN, PAIN_MAX)})`)
        }
        const checked = checkedNumber(s.painScore, text)
        return 'error' in checked ? fail(ctx, checked.error) : checked.value
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
      note: s.note,
      ...dayFields(),
    })
    .superRefine((row, ctx) => {
      const problem = dayMisfitProblem(row.journal_day, row.recorded_at)
      if (problem !== null)
        ctx.addIssue({ code: 'custom', path: ['journal_day'], message: problem })
    }, s.WHEN_FIELDS_VALID),
)

export type CsvRow = z.output<typeof csvRowSchema>

/** A day record's own row: the journal day and the day fields, every check-in column empty. */
export const csvDayRowSchema = onFirstUse(() =>
  z
    .strictObject({
      journal_day: s.dayString,
      ...Object.fromEntries(CHECKIN_COLUMNS.map((c) => [c, z.string()])),
      ...dayFields(),
    } as { journal_day: typeof s.dayString } & Record<
      (typeof CHECKIN_COLUMNS)[number],
      z.ZodString
    > &
      ReturnType<typeof dayFields>)
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
            'This row has only its date: give it a check-in (recorded_at, pain) or a day record, or delete it',
        })
      }
    }, s.WHEN_FIELDS_VALID),
)

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
  return isEmptyDayRecord(rec) ? null : rec
}

export function sameDayRecord(a: DayRecord | null, b: DayRecord | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
