/**
 * One section of Settings: a card whose heading is the section's name in the section list, so
 * the list and the page always say the same words. The heading takes focus when the section is
 * opened, so keyboard and screen-reader users land on it.
 */
import type { ReactNode } from 'react'
import { SETTINGS_SECTIONS, type SettingsSectionId } from '../../places'

export const headingIdOf = (section: SettingsSectionId) => `settings-${section}-heading`

export function labelOf(section: SettingsSectionId): string {
  return SETTINGS_SECTIONS.find((s) => s.id === section)?.label ?? section
}

interface Props {
  section: SettingsSectionId
  className?: string
  children: ReactNode
}

export function SettingsCard({ section, className, children }: Props) {
  return (
    <section
      className={`card settings-section${className ? ` ${className}` : ''}`}
      aria-labelledby={headingIdOf(section)}
    >
      <h2 id={headingIdOf(section)} tabIndex={-1}>
        {labelOf(section)}
      </h2>
      {children}
    </section>
  )
}

/**
 * Puts the reader on a section's heading. Beside the section list the page starts at its top;
 * where the list sits above the section (narrow windows, 200% zoom) the heading is scrolled up,
 * clear of the screens bar.
 */
export function focusSection(section: SettingsSectionId): void {
  const heading = document.getElementById(headingIdOf(section))
  if (!heading) return
  window.scrollTo({ top: 0 })
  heading.focus({ preventScroll: true })
  if (heading.getBoundingClientRect().bottom > window.innerHeight) {
    heading.scrollIntoView({ block: 'start' })
  }
}
