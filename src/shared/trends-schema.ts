/**
 * The `trends:get` payloads: a period in, every series and table of the Trends screen out
 * (the shapes of src/shared/stats/trends.ts, checked at the boundary like every other answer).
 */
import { z } from 'zod'
import { onFirstUse } from './on-first-use'
import { BODY_REGIONS, CONTEXTS } from './domain'
import { dayString, periodInOrder } from './schemas'

export const trendsQuery = onFirstUse(() =>
  periodInOrder(
    z.strictObject({
      /** First day of the period; null means from the first day anything was logged. */
      from: dayString.nullable(),
      to: dayString,
      /** Today, for episode status. */
      asOf: dayString,
    }),
  ),
)

const num = onFirstUse(() => z.number())
const numOrNull = onFirstUse(() => z.number().nullable())

/** A trigger's or a remedy's days with and without it (built with the schema that uses it). */
const withWithout = () => ({
  daysWith: num,
  daysWithout: num,
  meanWith: numOrNull,
  meanWithout: numOrNull,
  difference: numOrNull,
  enough: z.boolean(),
})

const medicinePoint = onFirstUse(() =>
  z.strictObject({
    start: dayString,
    end: dayString,
    totals: z.record(z.string(), num),
  }),
)

export const trendsResult = onFirstUse(() =>
  z.strictObject({
    from: dayString,
    to: dayString,
    asOf: dayString,
    /** The first logged day in the whole journal, or null when it is empty. */
    firstLoggedDay: dayString.nullable(),
    days: num,
    loggedDays: num,
    resolution: z.enum(['day', 'week']),
    pain: z.array(
      z.strictObject({
        start: dayString,
        end: dayString,
        loggedDays: num,
        worst: numOrNull,
        average: numOrNull,
        mean: numOrNull,
      }),
    ),
    markers: z.array(
      z.strictObject({
        at: dayString,
        day: dayString,
        kind: z.enum(['red-flag', 'medication']),
        key: z.string(),
      }),
    ),
    calendar: z.array(z.strictObject({ day: dayString, worst: numOrNull })),
    triggers: z.array(z.strictObject({ key: z.string(), ...withWithout() })),
    remedies: z.array(
      z.strictObject({
        key: z.string(),
        uses: num,
        daysUsed: num,
        rated: num,
        meanRelief: numOrNull,
        nextDay: z.strictObject(withWithout()),
      }),
    ),
    medicines: z.strictObject({
      points: z.array(medicinePoint),
      summaries: z.array(
        z.strictObject({
          key: z.string(),
          daysTaken: num,
          totalMg: num,
          highestDayMg: num,
          daysOverLimit: num,
          limitMg: numOrNull,
        }),
      ),
    }),
    contexts: z.array(
      z.strictObject({ context: z.enum(CONTEXTS), checkins: num, meanPain: numOrNull }),
    ),
    weekdays: z.array(
      z.strictObject({ weekday: num, name: z.string(), days: num, meanWorst: numOrNull }),
    ),
    regions: z.array(
      z.strictObject({ region: z.enum(BODY_REGIONS), days: num, checkins: num, share: num }),
    ),
    episodes: z.array(
      z.strictObject({
        start: dayString,
        end: dayString,
        durationDays: num,
        painDays: num,
        peak: num,
        status: z.enum(['ongoing', 'settling', 'ended']),
      }),
    ),
    episodeTrend: z
      .strictObject({
        earlier: num,
        later: num,
        earlierDuration: num,
        laterDuration: num,
        earlierPeak: num,
        laterPeak: num,
      })
      .nullable(),
    takeaways: z.strictObject({
      pain: z.string(),
      calendar: z.string(),
      triggers: z.string(),
      relief: z.string(),
      nextDay: z.string(),
      medicines: z.string(),
      contexts: z.string(),
      weekdays: z.string(),
      regions: z.string(),
      episodes: z.string(),
    }),
    /** Display names of the trigger, remedy and medicine keys above. */
    names: z.record(z.string(), z.string()),
  }),
)
export type TrendsResult = z.infer<typeof trendsResult>
