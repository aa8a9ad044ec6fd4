/**
 * One way from a schema's complaints to words beside fields: the main process's router puts
 * `fieldIssues` in a refused call's envelope, and the forms (which check with the very same
 * schemas before saving) turn issues from either side into one message per field with
 * `fieldMessages`.
 */
import type { FieldIssue } from './result'

/** What a zod error (or any validator's) gives: a path of keys and indexes, and a message. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[]
  readonly message: string
}

/** Field path → message, e.g. `remedies.0.doseMg` → "Write the dose as a number…". */
export type FieldErrors = Record<string, string>

/** Each issue with its path dotted (`remedies.0.doseMg`; '' for the whole payload). */
export function fieldIssues(issues: readonly SchemaIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

/**
 * One message per field, the first issue of each: in a form's own words where it has some for
 * the field (`words`, by the last part of the path, so `doseMg` covers every remedy's dose),
 * otherwise the schema's.
 */
export function fieldMessages(
  issues: readonly FieldIssue[],
  words: Readonly<Record<string, string>> = {},
): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const last = issue.path.split('.').at(-1) ?? ''
    errors[issue.path] ??= words[last] ?? issue.message
  }
  return errors
}

/** The first issue in one line, for the envelope's message: `pain: Too big (and 2 more)`. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  const first = issues[0]
  if (!first) return 'The request was not valid.'
  const where = first.path ? `${first.path}: ` : ''
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return `${where}${first.message}${more}`
}
