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

/** A business-rule error raised by a repository: maps straight to an IPC error kind. */
export class DomainError extends Error {
  constructor(
    readonly kind: 'validation' | 'not-found' | 'conflict',
    message: string,
    readonly path = '',
  ) {
    super(message)
    this.name = 'DomainError'
  }
}
