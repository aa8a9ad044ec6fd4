/** Errors the database layer raises on purpose, each with a message meant for a person. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This journal was written by a newer version of Pain Journal (format ${found}; this ` +
        `version reads up to ${supported}). It has not been changed. Please update Pain Journal ` +
        `to open it.`,
    )
    this.name = 'NewerDatabaseError'
  }
}

export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`The journal file ${file} is damaged (${detail}).`)
    this.name = 'DamagedDatabaseError'
  }
}

/** A file that is not a Pain Journal (another program's SQLite file): never written to. */
export class ForeignDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`The file ${file} is not a Pain Journal: ${detail}.`)
    this.name = 'ForeignDatabaseError'
  }
}

/**
 * Only these SQLite errors mean the file itself is damaged. A full disk, a read-only folder or a
 * locked file are not: treating them as damage would move a good journal aside for nothing.
 */
export function isDamageError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code
  return (
    error instanceof Error &&
    typeof code === 'string' &&
    (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
  )
}
