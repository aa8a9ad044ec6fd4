/**
 * A link to a place in the app: a real address (`#settings/data`), so it reads and behaves as a
 * link, followed through the app's own navigation so the screen changes in one step.
 */
import type { AnchorHTMLAttributes } from 'react'
import { useJournal } from '../journal-context'
import { hashOf, type Place } from '../places'

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> & {
  to: Place
}

export function PlaceLink({ to, children, ...rest }: Props) {
  const { navigate } = useJournal()
  return (
    <a
      {...rest}
      href={hashOf(to)}
      onClick={(event) => {
        event.preventDefault()
        navigate(to.screen, to.section ?? undefined)
      }}
    >
      {children}
    </a>
  )
}
