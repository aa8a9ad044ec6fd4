/**
 * A severity's icon in the report: the same shape as on the screens (shared/severity-icons.ts),
 * as inline SVG drawn in the text colour, so it prints in black and white and loads nothing.
 */
import { SEVERITY_ICONS } from '../../shared/severity-icons'
import { SEVERITY_WORDS, type Severity } from '../../shared/severity'
import { escapeHtml } from './escape'

export function severityIconSvg(severity: Severity): string {
  const shapes = SEVERITY_ICONS[severity].node
    .map(([tag, attributes]) => {
      const attrs = Object.entries(attributes)
        .filter(([name]) => name !== 'key')
        .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
        .join('')
      return `<${tag}${attrs}/>`
    })
    .join('')
  return (
    '<svg class="r-icon" viewBox="0 0 24 24" width="10" height="10" fill="none" ' +
    'stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" ' +
    `aria-hidden="true">${shapes}</svg>`
  )
}

/** The severity's icon and word, as the screens show them together. */
export function severityWordHtml(severity: Severity): string {
  return `${severityIconSvg(severity)}${SEVERITY_WORDS[severity]}`
}
