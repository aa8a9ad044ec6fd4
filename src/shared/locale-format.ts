/**
 * How numbers and times of day are written for people: one convention, the locale's. A 12- or
 * 24-hour clock and the digit separators follow the computer's locale (the renderer's
 * `navigator.language`, the main process's default locale), so "1,200 mg" and "2:30 PM" in
 * the United States, "1,200 mg" and "14:30" in Britain, "1.200 mg" and "14:30" in Germany.
 * Stored values never change: stamps stay `HH:mm` with an offset, doses plain numbers.
 * `locale` is for tests and for callers that know better; left out, the runtime's default.
 */
import { formatDayTitle } from './days'
import { clockTimeOf, localDateTimeProblem } from './timestamp'

const numberFormats = new Map<string, Intl.NumberFormat>()
const clockFormats = new Map<string, Intl.DateTimeFormat>()

function numberFormat(locale: string | undefined, digits: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${digits}`
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    numberFormats.set(key, f)
  }
  return f
}

function clockFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? ''
  let f = clockFormats.get(key)
  if (!f) {
    // A 24-hour clock is written with two-digit hours (09:05, as the time fields show it); a
    // 12-hour one without the leading zero (9:05 AM).
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle
    const twelve = cycle === 'h11' || cycle === 'h12'
    f = new Intl.DateTimeFormat(
      locale,
      twelve
        ? { hour: 'numeric', minute: '2-digit' }
        : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    )
    clockFormats.set(key, f)
  }
  return f
}

/** A whole number with the locale's separators: 1200 → '1,200' (en), '1.200' (de). */
export function formatWhole(value: number, locale?: string): string {
  return numberFormat(locale, 0).format(Math.round(value) || 0)
}

/** A number with exactly `digits` decimals in the locale's way: 0.4 → '0.4' (en), '0,4' (de). */
export function formatDecimal(value: number, digits: number, locale?: string): string {
  return numberFormat(locale, digits).format(value)
}

/** A dose: 4000 → '4,000 mg', 27.5 → '27.5 mg' (a decimal only when there is one). */
export function formatMg(mg: number, locale?: string): string {
  return `${formatMgNumber(mg, locale)} mg`
}

/** formatMg without its unit, for a column headed "(mg)" or a line that says it once. */
export function formatMgNumber(mg: number, locale?: string): string {
  const whole = Number.isInteger(mg)
  return whole ? formatWhole(mg, locale) : formatDecimal(Math.round(mg * 10) / 10, 1, locale)
}

/** Minutes of an activity: 15 → '15 min'. */
export function formatMinutes(minutes: number, locale?: string): string {
  return `${formatWhole(minutes, locale)} min`
}

/**
 * A time of day, `HH:mm` or a Date, on the locale's clock: '14:05' → '2:05 PM' (en-US) or
 * '14:05' (en-GB). A Date is read in local time.
 */
export function formatClock(time: string | Date, locale?: string): string {
  let date: Date
  if (typeof time === 'string') {
    const match = /^(\d{2}):(\d{2})/.exec(time)
    if (!match) throw new RangeError(`Invalid time of day: ${JSON.stringify(time)}`)
    date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]))
  } else {
    date = time
  }
  // Some ICU versions put a narrow no-break space before AM/PM; a plain one copies and reads
  // the same everywhere (tests, CSV-minded readers, screen readers).
  return clockFormat(locale)
    .format(date)
    .replace(/\u202f/g, ' ')
}

/** A whole hour, 0–23, on the locale's clock: 4 → '4:00 AM' (en-US) or '04:00' (en-GB). */
export function formatHour(hour: number, locale?: string): string {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new RangeError(`Invalid hour: ${hour}`)
  return formatClock(new Date(2000, 0, 1, hour), locale)
}

/** The wall-clock time a check-in's stamp was written at, on the locale's clock. */
export function formatStampClock(at: string, locale?: string): string {
  return formatClock(clockTimeOf(at), locale)
}

/**
 * A local date-time without offset (`2026-02-14T14:30:00`, when a backup was taken) as a sentence
 * says it: 'Saturday 14 February 2026 at 2:30 PM'.
 */
export function formatLocalDateTime(at: string, locale?: string): string {
  const problem = localDateTimeProblem(at)
  if (problem) throw new RangeError(`Invalid date and time: ${problem}`)
  return `${formatDayTitle(at.slice(0, 10))} at ${formatClock(at.slice(11, 16), locale)}`
}

/** Whether the locale writes times on a 12-hour clock (with AM/PM). */
export function usesTwelveHourClock(locale?: string): boolean {
  const cycle = clockFormat(locale).resolvedOptions().hourCycle
  return cycle === 'h11' || cycle === 'h12'
}
