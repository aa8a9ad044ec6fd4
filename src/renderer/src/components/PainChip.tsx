import { painColour, painScoreWords, painTextColour } from '../../../shared/pain-scale'

/** A pain score as a coloured chip: always the number, never the colour alone. */
export function PainChip({ score, label }: { score: number; label?: string }) {
  return (
    <span
      className="pain-chip"
      style={{ background: painColour(score), color: painTextColour(score) }}
      aria-label={label ?? `Pain ${painScoreWords(score)}`}
    >
      {score}
    </span>
  )
}
