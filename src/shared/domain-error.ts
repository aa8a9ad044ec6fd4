/**
 * A refusal that follows a rule of the journal (a name already taken, a check-in that does not
 * exist, a backup that does not fit): raised anywhere in the main process — repositories, import
 * and export, handlers — and answered by the router as an envelope of its kind (result.ts), with
 * its message shown as written. Here, beside the envelope, so no layer reaches into another for it.
 */
import type { ErrorKind } from './result'

export class DomainError extends Error {
  constructor(
    readonly kind: Extract<ErrorKind, 'validation' | 'not-found' | 'conflict'>,
    message: string,
    readonly path = '',
  ) {
    super(message)
    this.name = 'DomainError'
  }
}
