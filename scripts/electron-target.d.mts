// Types for electron-target.mjs, for the unit tests.
export interface Target {
  platform: string
  arch: string
}
export function installerTarget(
  env: Record<string, string | undefined>,
  host: { platform: string; arch: string },
  runningUnderRosetta: () => boolean,
): Target
export function archOfExecutable(header: Uint8Array): string | null
export function electronTarget(root: string, env?: Record<string, string | undefined>): Target
export function packageArgs(requested: string | undefined, target: Target): string[]
