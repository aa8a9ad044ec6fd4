/**
 * The chosen score's band in words, shown beside the 0–10 scale (none · mild · moderate · severe
 * · worst), so every number on it has a word, not only its two ends.
 */
import { painBand } from '../../../shared/pain-scale'
import './PainBandWord.css'

export function PainBandWord({ score }: { score: number | null }) {
  return (
    <p className="pain-band-word" data-testid="pain-band">
      {score !== null && (
        <>
          <strong className="num">{score}</strong> means <strong>{painBand(score)}</strong>
        </>
      )}
    </p>
  )
}
