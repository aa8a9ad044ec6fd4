/**
 * A renderer component's text as the screen shows it, rendered under Node. The component is
 * imported by path: the node tsconfig that checks the tests has no JSX, and the component's types
 * belong to the web one.
 */
import { join } from 'node:path'
import { createElement, type FunctionComponent } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { ROOT } from './sources'

/** The markup of `name` exported by `file` (a path from the repository root) with `props`. */
export async function renderedHtml(
  file: string,
  name: string,
  props: Record<string, unknown>,
): Promise<string> {
  const module = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>
  const component = module[name] as FunctionComponent<Record<string, unknown>>
  return renderToStaticMarkup(createElement(component, props))
}

/** The words of some markup, as a person reads them: tags gone, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([:;,.])/g, '$1')
    .trim()
}
