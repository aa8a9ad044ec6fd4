/**
 * The icon of each severity (DESIGN.md section 3, "One voice"), shared by the screens
 * (components/Notice.tsx draws them with lucide-react's createLucideIcon) and the report (drawn
 * as inline SVG, since the report may load nothing from elsewhere). The shapes are Lucide's own
 * (https://lucide.dev, ISC licence): octagon-alert, triangle-alert, calendar-clock and info, as
 * lucide-react ships them; a unit test compares them with the package's, so they cannot drift.
 */
import type { Severity } from './severity'

/** One SVG element of a 24 × 24 icon drawn with strokes: its tag and attributes. */
export type IconElement = readonly [tag: 'path' | 'circle', attributes: Record<string, string>]

export interface SeverityIcon {
  /** Lucide's name for the icon. */
  name: string
  node: readonly IconElement[]
}

export const SEVERITY_ICONS: Readonly<Record<Severity, SeverityIcon>> = {
  emergency: {
    name: 'octagon-exclamation-point',
    node: [
      ['path', { d: 'M12 16h.01', key: '1drbdi' }],
      ['path', { d: 'M12 8v4', key: '1got3b' }],
      [
        'path',
        {
          d: 'M15.312 2a2 2 0 0 1 1.414.586l4.688 4.688A2 2 0 0 1 22 8.688v6.624a2 2 0 0 1-.586 1.414l-4.688 4.688a2 2 0 0 1-1.414.586H8.688a2 2 0 0 1-1.414-.586l-4.688-4.688A2 2 0 0 1 2 15.312V8.688a2 2 0 0 1 .586-1.414l4.688-4.688A2 2 0 0 1 8.688 2z',
          key: '1fd625',
        },
      ],
    ],
  },
  today: {
    name: 'triangle-exclamation-point',
    node: [
      [
        'path',
        {
          d: 'm21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3',
          key: 'wmoenq',
        },
      ],
      ['path', { d: 'M12 9v4', key: 'juzpu7' }],
      ['path', { d: 'M12 17h.01', key: 'p32p05' }],
    ],
  },
  visit: {
    name: 'calendar-clock',
    node: [
      ['path', { d: 'M16 2v3', key: 'otl347' }],
      ['path', { d: 'M17 15.5v1.7l1 .625', key: '100ewj' }],
      [
        'path',
        { d: 'M21 8.936V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h3.935', key: 'g2sirp' },
      ],
      ['path', { d: 'M3 9h9.873', key: '7y8bi6' }],
      ['path', { d: 'M8 2v3', key: '1ioesn' }],
      ['circle', { cx: '17', cy: '17', r: '5', key: '1op1d2' }],
    ],
  },
  info: {
    name: 'info',
    node: [
      ['circle', { cx: '12', cy: '12', r: '10', key: '1mglay' }],
      ['path', { d: 'M12 16v-4', key: '1dtifu' }],
      ['path', { d: 'M12 8h.01', key: 'e9boi3' }],
    ],
  },
}
