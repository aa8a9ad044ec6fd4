/**
 * Short plain notes for sample check-ins and days. Some carry commas and quotes on purpose:
 * CSV export and import must round-trip them.
 */
import { chance, pick } from './sample-random'
import type { Rng } from './sample-random'

const QUIET_NOTES = [
  'Good day, hardly noticed my back.',
  'A bit stiff after work, nothing much.',
  'Long drive today, took a break every hour.',
  'Felt fine after the swim.',
  'Back a little tight in the evening.',
  'Gardening for an hour, no problems.',
  'Did the stretches before breakfast.',
  'Busy day at the desk, remembered to stand up now and then.',
  'Walked to the station and back.',
  'New chair at work. So far so good.',
] as const

const EPISODE_NOTES = [
  'Hard to get out of bed this morning.',
  "Couldn't bend to put my socks on.",
  'Spasm when I stood up from the sofa, took my breath away.',
  'Heat pad helped a little.',
  'Worse after sitting through a long meeting.',
  'Physio said "keep moving, little and often", so I walked round the block.',
  'Slowly getting better, I think.',
  'Woke at 3am, could not find a comfortable position.',
  'Pain going down the back of my leg again.',
  'Easier today, managed the shopping.',
  'Took the stairs one at a time.',
  'Lay on the floor with my knees up for ten minutes, it eased.',
  'My partner says I am walking "like an old man".',
  'Stiff in the morning, looser by lunchtime.',
] as const

const START_NOTES: Readonly<Record<string, readonly string[]>> = {
  'heavy-lifting': [
    'Lifted the washing machine with my neighbour, felt a twinge.',
    'Carried the suitcase up three flights of stairs.',
  ],
  twisting: ['Twisted to reach the back seat of the car and felt it go.'],
  'sprain-strain': ['Slipped on the wet steps, caught myself, pulled something.'],
  'muscle-overuse': ['Spent all day painting the hall ceiling.'],
  'long-sitting': ['Eight hours at the desk for a deadline, barely moved.'],
  'poor-posture': ['Hunched over the laptop on the sofa all evening.'],
  'lying-down': ['Woke up sore, the guest bed is far too soft.'],
}

const DAY_NOTES = [
  'Tired all day.',
  'Worked from home.',
  'Went to the "back school" class at the clinic.',
  'Rainy, stayed in.',
  'Visited family, long car ride.',
  'Yoga class in the evening.',
  'Saw the doctor, she said to keep moving.',
  'Poor night, the neighbours had a party.',
] as const

export function checkinNote(rng: Rng, inEpisode: boolean, startTrigger?: string): string {
  const about = startTrigger ? START_NOTES[startTrigger] : undefined
  if (about && chance(rng, 0.8)) return pick(rng, about)
  return pick(rng, inEpisode ? EPISODE_NOTES : QUIET_NOTES)
}

export function dayNote(rng: Rng): string {
  return pick(rng, DAY_NOTES)
}
