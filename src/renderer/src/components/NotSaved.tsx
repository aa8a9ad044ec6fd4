/** Why a save was refused, said the same way on every form; nothing when it was not refused. */
export function NotSaved({ error, id }: { error: string | null | undefined; id?: string }) {
  if (!error) return null
  return (
    <p className="field-error" id={id} role="alert">
      Not saved. {error}
    </p>
  )
}
