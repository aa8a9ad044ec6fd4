/**
 * Guidance shown next to the current episode (DESIGN.md section 4), keyed to its day number.
 * The facts come from the seed FAQ (shared/seed/back-spasms-faq.txt); the wording is ours. Kept
 * short and calm: people read this while in pain.
 *
 * One voice: what a flag says (flags.ts) is not said again here. The doctor-visit banner says
 * when an episode is long enough to book a visit, the warning-sign notice what to do about a
 * sign, so while a sign is waiting for a doctor this card holds its advice back, and at six and
 * eight weeks it says only what helps meanwhile.
 */
import { addDaysToDay, daysBetween, formatDayLong, weeksInWords } from './days'
import { episodeDayNumber, USUAL_EASING_WEEKS, type Episode } from './episodes'
import type { FlagKind } from './flags-types'
import { plural } from './stats/format'

export const GUIDANCE_STAGES = [
  'none',
  'first-days',
  'first-weeks',
  'gentle-exercise',
  'building-up',
  'watch',
  'doctor',
  'settling',
  'on-hold',
] as const
export type GuidanceStage = (typeof GUIDANCE_STAGES)[number]

export interface Guidance {
  stage: GuidanceStage
  heading: string
  items: string[]
  /** When to see a doctor, in one line (it follows those words): from day 1 of an episode. */
  doctorLine: string
}

export const GUIDANCE_DISCLAIMER =
  'General information, not medical advice: it cannot replace a doctor who knows you.'

/** The seed: no exercise in the days right after the pain begins. */
const FIRST_DAYS = 3
/** The seed: after 2 to 3 weeks, slowly begin to exercise again. */
const EXERCISE_FROM_DAY = 14
const BUILDING_UP_FROM_DAY = 28
/** The seed: no heavy lifting or twisting for the first 6 weeks after the pain begins. */
const NO_LIFTING_DAYS = 42

const WALKING =
  'Walk at a comfortable, moderate pace for 10 to 15 minutes, twice a day: it is one of the ' +
  'simplest ways to ease low back pain.'
const REST =
  'A short rest is fine, but more than a day or two in bed does not help: get up and move ' +
  'around gently as soon as you can.'
const STRETCHES =
  "Keep up gentle stretches such as child's pose, hip lifts and cat-cow; a physiotherapist " +
  'can show you which exercises suit you.'
const LYING_DOWN =
  'If it hurts most when you lie down, tell the doctor: that can come from an injury, ' +
  'arthritis or sciatica.'
const CAUSES =
  'Look at what may be setting it off, such as posture, overuse or a strain; the Trends ' +
  'screen shows which triggers line up with your worse days.'

/** Said after "When to see a doctor:", one line per kind of stage. */
const SEE_A_DOCTOR = {
  early:
    `if it has not eased after ${USUAL_EASING_WEEKS}, keeps coming back or gets worse — and ` +
    'straight away for any warning sign listed under Add details.',
  long:
    'straight away if the pain gets much worse, or for any warning sign listed under Add ' +
    'details.',
  settling:
    'if it keeps coming back — and straight away for any warning sign listed under Add details.',
}

export interface GuidanceContext {
  /** The flags raised now: a warning sign holds the advice back; what a flag says is not repeated. */
  flags?: readonly { kind: FlagKind }[]
}

export function guidanceFor(
  episode: Episode | null,
  asOf: string,
  context: GuidanceContext = {},
): Guidance {
  if (episode === null || episode.status === 'ended') return noEpisode()
  const raised = new Set((context.flags ?? []).map((f) => f.kind))
  if (raised.has('red-flag')) return onHold()
  const day = episodeDayNumber(episode, asOf)
  // The line is for the first six weeks only, and names the day they end.
  const noLifting =
    day < NO_LIFTING_DAYS
      ? [
          `For the first ${weeksInWords(NO_LIFTING_DAYS)} (until ${formatDayLong(addDaysToDay(episode.start, NO_LIFTING_DAYS - 1))}), ` +
            'avoid heavy lifting and twisting your back.',
        ]
      : []
  const rest = raised.has('long-bed-rest') ? [] : [REST]
  if (episode.status === 'settling') {
    const sinceLastPain = daysBetween(episode.end, asOf)
    return {
      stage: 'settling',
      heading: 'Settling down',
      items: [
        `Your last pain day was ${plural(sinceLastPain, 'day')} ago: ` +
          'this episode looks to be easing off.',
        'Build back up to your usual activities step by step, and keep walking regularly.',
        'Keep doing what helped; the Trends screen shows which remedies made a difference.',
        ...noLifting,
      ],
      doctorLine: SEE_A_DOCTOR.settling,
    }
  }
  // Ongoing: the episode's level (from the person's rules) decides the long stages. The banner
  // above says to book a visit; this card says what helps meanwhile.
  if (episode.level === 'doctor') {
    return {
      stage: 'doctor',
      heading: 'Keep moving while it is checked',
      items: [
        'Keep moving gently every day; walking still helps, and long rest does not.',
        LYING_DOWN,
        CAUSES,
      ],
      doctorLine: SEE_A_DOCTOR.long,
    }
  }
  if (episode.level === 'watch') {
    return {
      stage: 'watch',
      heading: 'Keep moving, and build up slowly',
      items: [WALKING, STRETCHES, LYING_DOWN, ...noLifting],
      doctorLine: SEE_A_DOCTOR.long,
    }
  }
  if (day <= FIRST_DAYS) {
    return {
      stage: 'first-days',
      heading: 'The first few days',
      items: [
        ...rest,
        'Ice or heat can ease the pain and the spasm: a cold pack, a heating pad or a warm bath.',
        "Over-the-counter pain relief can help; follow the label or your doctor's directions.",
        'Hold off on exercise for now; it can wait until the worst has passed.',
        ...noLifting,
      ],
      doctorLine: SEE_A_DOCTOR.early,
    }
  }
  if (day < EXERCISE_FROM_DAY) {
    return {
      stage: 'first-weeks',
      heading: 'Keep moving, gently',
      items: [
        'Most back spasms ease within days, bit by bit. Getting back to your normal routine, ' +
          'work included, usually helps.',
        WALKING,
        'Stretching, massage and drinking enough water can help a tight muscle relax.',
        'Leave proper exercise until about two to three weeks in.',
        ...noLifting,
      ],
      doctorLine: SEE_A_DOCTOR.early,
    }
  }
  if (day < BUILDING_UP_FROM_DAY) {
    return {
      stage: 'gentle-exercise',
      heading: 'Slowly start exercising again',
      items: [
        "You can start easing back into exercise now. Gentle stretches to try: child's pose, " +
          'hip lifts and cat-cow.',
        'Go slowly and stop any movement that makes the pain sharper; a physiotherapist can ' +
          'show you which exercises suit you.',
        WALKING,
        ...noLifting,
      ],
      doctorLine: SEE_A_DOCTOR.early,
    }
  }
  return {
    stage: 'building-up',
    heading: 'Building back up',
    items: [
      'Keep up the gentle exercises and build up slowly, as you feel able.',
      WALKING,
      ...noLifting,
      CAUSES,
    ],
    doctorLine: SEE_A_DOCTOR.early,
  }
}

/** While a warning sign waits for a doctor, no advice on exercise or on how long it lasts. */
function onHold(): Guidance {
  return {
    stage: 'on-hold',
    heading: 'First, the warning sign',
    items: [
      'Advice for this stage of the episode waits until a doctor has seen the warning sign you ' +
        'recorded. Once you have been seen, record the visit in the notice at the top.',
    ],
    doctorLine: 'now, as the notice at the top says.',
  }
}

function noEpisode(): Guidance {
  return {
    stage: 'none',
    heading: 'No current episode',
    items: [
      'Walking at a moderate pace for 10 to 15 minutes, twice a day, is good for your back.',
      'Common causes of back spasms are posture, overuse, and sprains or strains; the Trends ' +
        'screen shows which ones matter for you.',
      'If the pain comes back, log it: guidance for each stage of an episode will show here.',
    ],
    doctorLine: SEE_A_DOCTOR.early,
  }
}

/** What to bring to, and ask at, a doctor visit. */
export const VISIT_PREP_CHECKLIST: string[] = [
  'The report from the Report screen, printed or saved as a PDF (the last 90 days at least).',
  'A list of the remedies and medicines you have tried, with doses, and which ones helped.',
  'When this episode began, what you were doing when it started, and whether it followed a ' +
    'fall or an injury.',
  'Any warning signs you have noticed, even once, and whether the spasms keep coming back.',
  'How the pain affects your sleep, your work and your everyday activities.',
  'Other medicines you take and any health conditions you have.',
  'Your questions, written down: what may be causing it, which exercises are safe, whether ' +
    'physiotherapy could help, and when to come back.',
]
