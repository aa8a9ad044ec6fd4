/**
 * The only way a link leaves the app: https to a short list of known sites, checked here and
 * tested with tricky URLs (tests/unit/hardening.test.ts). Electron's security checklist warns
 * that `shell.openExternal` with untrusted input can run programs (file:, custom schemes).
 */
import { MAX_URL_LENGTH } from '../shared/backup-schemas'

/**
 * Sites Pain Journal may send you to, matched exactly (no subdomains):
 * - medlineplus.gov and www.nhs.uk: public, non-commercial health information on back pain, the
 *   kind of source the app's guidance is written from;
 * - loinc.org and hl7.org: the code and format used by the FHIR export, for clinics that ask.
 */
export const ALLOWED_LINK_HOSTS: readonly string[] = [
  'medlineplus.gov',
  'www.nhs.uk',
  'loinc.org',
  'hl7.org',
]

/** The normalised URL when it may be opened, otherwise null. */
export function allowedExternalUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return null
  // Control characters and whitespace are stripped silently by the URL parser: refuse them.
  if (/[\s\\]/.test(raw) || [...raw].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f')) {
    return null
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'https:') return null
  if (url.username !== '' || url.password !== '') return null
  if (url.port !== '') return null
  if (!ALLOWED_LINK_HOSTS.includes(url.hostname)) return null
  return url.href
}

/** Opens the link with `open` (Electron's shell.openExternal) when allowed; says whether it did. */
export async function openExternalSafely(
  raw: string,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  const url = allowedExternalUrl(raw)
  if (url === null) return false
  await open(url)
  return true
}
