/**
 * The files the person picks or that Pain Journal writes for them (exports, reports, a backup
 * to restore, the window state): one way to read one and one way to write one.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { DomainError } from '../shared/domain-error'

/** Far above any real journal (ten years of CSV is a few MB); stops a wrong pick early. */
const MAX_FILE_BYTES = 200 * 1024 * 1024

/** Writes next to the target and renames, so a failed write never leaves half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = `${path}.partial`
  writeFileSync(temp, data)
  renameSync(temp, path)
}

/** The bytes of a file the person chose; a DomainError in words when it is missing or too big. */
export function readChosenFile(path: string): Uint8Array {
  let size: number
  try {
    const stat = statSync(path)
    if (!stat.isFile()) throw new Error('not a file')
    size = stat.size
  } catch {
    throw new DomainError('not-found', `The file ${basename(path)} could not be found or read.`)
  }
  if (size > MAX_FILE_BYTES) {
    throw new DomainError('validation', `The file ${basename(path)} is too large to be a journal.`)
  }
  return readFileSync(path)
}
