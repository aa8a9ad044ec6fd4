/**
 * Each severity has one icon, the same on every screen and in the report (DESIGN.md section 3,
 * "One voice"): the shapes live in shared/severity-icons.ts and are Lucide's own.
 */
import { describe, expect, it } from 'vitest'
import { SEVERITIES, SEVERITY_WORDS } from '../../src/shared/severity'
import { SEVERITY_ICONS } from '../../src/shared/severity-icons'
import { severityIconSvg } from '../../src/main/report/report-icons'
import { renderedHtml, textOf } from '../support/render'
import { offendingLines, sourceFiles } from '../support/sources'

/** The `d` of every path and the centre of every circle in some SVG markup, in order. */
const shapes = (svg: string) => [...svg.matchAll(/ (d|cx)="([^"]+)"/g)].map((m) => m[2])
const shapesOf = (severity: (typeof SEVERITIES)[number]) =>
  SEVERITY_ICONS[severity].node.map(([, a]) => a['d'] ?? a['cx'])

describe('the severity icons', () => {
  it('are Lucide’s own shapes, as lucide-react ships them', async () => {
    for (const severity of SEVERITIES) {
      const { name, node } = SEVERITY_ICONS[severity]
      const lucide = (await import(/* @vite-ignore */ `lucide-react/icons/${name}`)) as {
        __iconData: { node: unknown }
      }
      expect(node).toEqual(lucide.__iconData.node)
    }
  })

  it('are drawn the same on the screens and in the report', async () => {
    for (const severity of SEVERITIES) {
      const screen = await renderedHtml('src/renderer/src/components/Notice.tsx', 'SeverityWord', {
        severity,
      })
      expect(textOf(screen)).toBe(SEVERITY_WORDS[severity])
      expect(shapes(screen)).toEqual(shapesOf(severity))
      expect(shapes(severityIconSvg(severity))).toEqual(shapesOf(severity))
    }
  })

  it('print in black and white in the report: drawn in the text colour, nothing loaded', () => {
    for (const severity of SEVERITIES) {
      const svg = severityIconSvg(severity)
      expect(svg).toContain('stroke="currentColor"')
      expect(svg).not.toMatch(/href|url\(|#[0-9a-f]{3}/i)
    }
  })

  it('History marks a day’s warning sign with its tier’s icon, and its legend says both tiers', async () => {
    const legend = await renderedHtml(
      'src/renderer/src/features/history/CalendarLegend.tsx',
      'CalendarLegend',
      {},
    )
    expect(textOf(legend)).toContain(
      'Warning sign recorded: Emergency Warning sign recorded: See a doctor today',
    )
    const marks = [...legend.matchAll(/<svg[^>]*mark-red-flag[^>]*>.*?<\/svg>/g)].map((m) => m[0])
    expect(marks.map(shapes)).toEqual([shapesOf('emergency'), shapesOf('today')])
  })

  it('are drawn nowhere but through the one source (no lucide severity icon imported elsewhere)', () => {
    expect(
      offendingLines(sourceFiles('src/renderer'), (line) =>
        /\b(OctagonAlert|TriangleAlert|CalendarClock|AlertTriangle|AlertOctagon)\b/.test(line),
      ),
    ).toEqual([])
  })
})
