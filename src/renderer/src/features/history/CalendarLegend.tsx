/** What the calendar's colours, numbers and marks mean: each said in words as well. */
import { Zap } from 'lucide-react'
import { PAIN_MAX, PAIN_MIN } from '../../../../shared/pain-scale'
import { SeverityIcon } from '../../components/Notice'
import { PainChip } from '../../components/PainChip'
import { SEVERITY_WORDS } from '../../../../shared/severity'

export function CalendarLegend() {
  return (
    <ul className="calendar-legend" aria-label="What the calendar shows">
      <li>
        <PainChip score={6} label="A number on a colour" /> Worst pain of the day, {PAIN_MIN} to{' '}
        {PAIN_MAX}
      </li>
      <li>
        <Zap className="mark-spasm" size={18} strokeWidth={2.5} aria-hidden="true" /> Spasm
      </li>
      {(['emergency', 'today'] as const).map((tier) => (
        <li key={tier}>
          <SeverityIcon severity={tier} size={18} className="mark-red-flag" /> Warning sign
          recorded: {SEVERITY_WORDS[tier]}
        </li>
      ))}
      <li>
        <span className="legend-episode" aria-hidden="true" /> Part of an episode
      </li>
    </ul>
  )
}
