/**
 * Guidance shown next to the current episode (DESIGN.md section 4), keyed to its day number.
 * The facts come from the seed FAQ (shared/seed/back-spasms-faq.txt); the wording is ours. Kept
 * short and calm: people read this while in pain.
 */
import { daysBetween } from './days'
import { episodeDayNumber, type Episode } from './episodes'

export type GuidanceStage =
  | 'none'
  | 'first-days'
  | 'first-weeks'
  | 'gentle-exercise'
  | 'building-up'
  | 'watch'
  | 'doctor'
  | 'settling'

export interface Guidance {
  stage: GuidanceStage
  heading: string
  items: string[]
}

export const GUIDANCE_DISCLAIMER =
  'General information, not medical advice: it cannot replace a doctor who knows you. If you ' +
  'notice a warning sign, or something feels wrong, get medical help straight away.'

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
const NO_LIFTING = 'For the first six weeks, avoid heavy lifting and twisting your back.'
const BRING_REPORT =
  'Take the report from the Report screen with you: it shows the doctor your pain, triggers ' +
  'and remedies at a glance.'
const LYING_DOWN =
  'If it hurts most when you lie down, mention it: that can come from an injury, arthritis ' +
  'or sciatica.'

export function guidanceFor(episode: Episode | null, asOf: string): Guidance {
  if (episode === null || episode.status === 'ended') return noEpisode()
  const day = episodeDayNumber(episode, asOf)
  const withinSixWeeks = day <= NO_LIFTING_DAYS ? [NO_LIFTING] : []
  if (episode.status === 'settling') {
    const sinceLastPain = daysBetween(episode.end, asOf)
    return {
      stage: 'settling',
      heading: 'Settling down',
      items: [
        `Your last pain day was ${sinceLastPain} ${sinceLastPain === 1 ? 'day' : 'days'} ago: ` +
          'this episode looks to be easing off.',
        'Build back up to your usual activities step by step, and keep walking regularly.',
        'Keep doing what helped; the Trends screen shows which remedies made a difference.',
        ...withinSixWeeks,
        ...(episode.level === 'none'
          ? []
          : ['It went on for a long time, so it is still worth mentioning to a doctor.']),
      ],
    }
  }
  // Ongoing: the episode's level (from the user's rules) decides the doctor stages.
  if (episode.level === 'doctor') {
    return {
      stage: 'doctor',
      heading: 'Time to see a doctor about this episode',
      items: [
        `This is day ${day} of the episode. Pain that lasts this long should be checked by a ` +
          'doctor, so please make an appointment.',
        BRING_REPORT,
        'Tell them what you have tried, whether the spasms keep coming back, and whether it ' +
          'started with a fall or an injury.',
        LYING_DOWN,
        'Keep moving gently in the meantime; walking still helps.',
      ],
    }
  }
  if (episode.level === 'watch') {
    return {
      stage: 'watch',
      heading: 'Worth booking a doctor visit',
      items: [
        `This is day ${day} of the episode. Even severe episodes usually ease within six to ` +
          'eight weeks, so it is a good time to book a visit.',
        BRING_REPORT,
        'Keep walking and doing your gentle stretches while you wait.',
        LYING_DOWN,
        ...withinSixWeeks,
      ],
    }
  }
  if (day <= FIRST_DAYS) {
    return {
      stage: 'first-days',
      heading: 'The first few days',
      items: [
        'A short rest is fine, but more than a day or two in bed does not help: get up and ' +
          'move around gently as soon as you can.',
        'Ice or heat can ease the pain and the spasm: a cold pack, a heating pad or a warm bath.',
        "Over-the-counter pain relief can help; follow the label or your doctor's directions.",
        'Hold off on exercise for now; it can wait until the worst has passed.',
        NO_LIFTING,
      ],
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
        NO_LIFTING,
      ],
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
        NO_LIFTING,
      ],
    }
  }
  return {
    stage: 'building-up',
    heading: 'Building back up',
    items: [
      'Keep up the gentle exercises and build up slowly, as you feel able.',
      WALKING,
      ...withinSixWeeks,
      'Severe episodes can take six to eight weeks, easing gradually. If yours is not easing, ' +
        'keeps coming back, or began with an injury, talk to a doctor.',
      'Look at what may be setting it off, such as posture, overuse or a strain; the Trends ' +
        'screen shows which triggers line up with your worse days.',
    ],
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
  }
}

/** What to bring to, and ask at, a doctor visit. */
export const VISIT_PREP_CHECKLIST: string[] = [
  'The report from the Report screen, printed or saved as a PDF (the last 90 days at least).',
  'A list of the remedies and medicines you have tried, with doses, and which ones helped.',
  'When this episode began, and what you were doing when it started.',
  'Any warning signs you have noticed, even once: numbness, leg weakness, bladder or bowel ' +
    'changes, fever.',
  'How the pain affects your sleep, your work and your everyday activities.',
  'Other medicines you take and any health conditions you have.',
  'Your questions, written down: what may be causing it, which exercises are safe, whether ' +
    'physiotherapy could help, and when to come back.',
]
