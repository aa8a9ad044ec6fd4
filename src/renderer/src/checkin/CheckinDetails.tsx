/** The full check-in, shown under "Add details": spasm, where, when, triggers, remedies, warnings. */
import { CONTEXTS, CONTEXT_LABELS, type PainContext, type RedFlag } from '../../../shared/domain'
import { BodyDiagram } from '../components/BodyDiagram'
import { ChoiceGroup } from '../components/ChoiceGroup'
import { toggle, type CheckinDraft, type FieldErrors } from './checkin-draft'
import { RemedyPicker, type LastDoseInfo } from './RemedyPicker'
import { TriggerPicker } from './TriggerPicker'
import { WarningSigns } from './WarningSigns'

interface Props {
  draft: CheckinDraft
  onChange: (update: (draft: CheckinDraft) => CheckinDraft) => void
  lastDoses: ReadonlyMap<number, LastDoseInfo>
  errors: FieldErrors
}

type SpasmChoice = 'unsaid' | 'yes' | 'no'
type ContextChoice = 'unsaid' | PainContext

const SPASM_CHOICES = [
  { value: 'unsaid', label: 'Not said' },
  { value: 'yes', label: 'Yes, a spasm' },
  { value: 'no', label: 'No spasm' },
] as const satisfies readonly { value: SpasmChoice; label: string }[]

const CONTEXT_CHOICES: { value: ContextChoice; label: string }[] = [
  { value: 'unsaid', label: 'Not said' },
  ...CONTEXTS.map((c) => ({ value: c, label: CONTEXT_LABELS[c] })),
]

export function CheckinDetails({ draft, onChange, lastDoses, errors }: Props) {
  const spasm: SpasmChoice = draft.spasm === null ? 'unsaid' : draft.spasm ? 'yes' : 'no'
  return (
    <div className="checkin-details">
      <div className="details-pair">
        <ChoiceGroup<SpasmChoice>
          legend="Did your back go into a spasm?"
          hint="A sudden tightening or cramp of the back muscles."
          choices={SPASM_CHOICES}
          value={spasm}
          onChange={(v) => onChange((d) => ({ ...d, spasm: v === 'unsaid' ? null : v === 'yes' }))}
        />
        <ChoiceGroup<ContextChoice>
          legend="When did you notice it?"
          choices={CONTEXT_CHOICES}
          value={draft.context ?? 'unsaid'}
          onChange={(v) => onChange((d) => ({ ...d, context: v === 'unsaid' ? null : v }))}
        />
      </div>

      <BodyDiagram
        legend="Where does it hurt?"
        hint="Click the drawing or tick the boxes; choose as many as apply."
        selected={draft.regions}
        onChange={(regions) => onChange((d) => ({ ...d, regions }))}
        error={errors['regions']}
      />

      <TriggerPicker
        selected={draft.triggerIds}
        onToggle={(id) => onChange((d) => ({ ...d, triggerIds: toggle(d.triggerIds, id) }))}
        onAdded={(id) =>
          onChange((d) => ({
            ...d,
            triggerIds: d.triggerIds.includes(id) ? d.triggerIds : [...d.triggerIds, id],
          }))
        }
        error={errors['triggerIds']}
      />

      <RemedyPicker
        selected={draft.remedies}
        suggested={draft.suggested}
        onChange={(remedies) => onChange((d) => ({ ...d, remedies }))}
        lastDoses={lastDoses}
        errors={errors}
      />

      <WarningSigns
        selected={draft.redFlags}
        onToggle={(flag: RedFlag) =>
          onChange((d) => ({ ...d, redFlags: toggle(d.redFlags, flag) }))
        }
      />
    </div>
  )
}
