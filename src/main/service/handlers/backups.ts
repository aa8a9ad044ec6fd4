import type { HandlerMap } from '../router'
import { listBackups, type BackupInfo } from '../../db/backup'
import { DomainError } from '../../../shared/domain-error'
import { openExternalSafely } from '../../links'

/** What the renderer sees of a backup: never its full path. */
function entry({ name, at, sizeBytes, reason }: BackupInfo) {
  return { name, at, sizeBytes, reason }
}

export const backupHandlers: HandlerMap<
  'backups:list' | 'backups:create' | 'backups:restore' | 'links:open'
> = {
  'backups:list': (_input, ctx) => listBackups(ctx.backups.dir, ctx.now()).map(entry),
  'backups:create': async (_input, ctx) => entry(await ctx.backups.create('manual')),
  'backups:restore': async ({ name }, ctx) => {
    const { restored, safety } = await ctx.backups.restore(name)
    return { restored: entry(restored), safety: entry(safety) }
  },
  'links:open': async ({ url }, ctx) => {
    const opened = await openExternalSafely(url, (safe) => ctx.platform.openExternal(safe))
    if (!opened) {
      throw new DomainError(
        'validation',
        'Pain Journal only opens links to a few known sites.',
        'url',
      )
    }
    return { opened }
  },
}
