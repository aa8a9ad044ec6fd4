/**
 * The report's one stylesheet, shared by the PDF and the on-screen preview. Black and white
 * first: grey fills, borders and words carry the meaning, never colour alone. Sizes in points
 * because the page is paper.
 */
export const REPORT_CSS = `
@page { margin: 13mm 14mm 15mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: #111; background: #fff;
  font: 9.5pt/1.35 Helvetica, Arial, 'Liberation Sans', sans-serif;
}
/* Nothing may touch the page's content edge: Chromium clips there, and a border drawn in the
   last device pixel is lost (the summary's fourth box lost its right border that way). */
.r-report { display: block; padding: 0 1.5pt; }
h1 { font-size: 16pt; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 10pt 0 4pt; padding-bottom: 2pt; border-bottom: 1pt solid #111; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 4pt; }
.r-header { display: flex; justify-content: space-between; align-items: flex-end; gap: 12pt; border-bottom: 2pt solid #111; padding-bottom: 5pt; }
.r-header .r-who { text-align: right; }
.r-sample { margin-top: 3pt; padding: 2pt 5pt; border: 1pt solid #111; }
.r-muted { color: #444; }
.r-summary { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 6pt; margin-top: 8pt; }
.r-stat { border: 1pt solid #888; padding: 4pt 6pt; break-inside: avoid; min-width: 0; overflow-wrap: anywhere; }
.r-stat-label { display: block; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.03em; color: #333; }
.r-stat-value { display: block; font-size: 14pt; font-weight: 700; font-variant-numeric: tabular-nums; }
.r-stat-note { display: block; font-size: 8pt; color: #333; }
.r-flags { list-style: none; margin: 0; padding: 0; }
.r-flag { border: 1pt solid #666; border-left-width: 4pt; padding: 3pt 6pt; margin-bottom: 3pt; break-inside: avoid; }
.r-flag-emergency { border: 2pt solid #000; border-left-width: 7pt; background: #e6e6e6; }
.r-flag-today { border: 2pt solid #000; border-left-width: 5pt; }
.r-flag-info { border-style: dotted; border-left-style: solid; }
.r-flag-level { font-weight: 700; text-transform: uppercase; font-size: 8pt; margin-right: 4pt; }
.r-flag-title { font-weight: 700; }
.r-chart { break-inside: avoid; }
.r-chart-svg { display: block; width: 100%; height: auto; }
.r-legend { font-size: 8pt; color: #333; }
.r-swatch { display: inline-block; width: 10pt; height: 7pt; vertical-align: -1pt; margin: 0 2pt 0 8pt; border: 0.5pt solid #555; }
.r-swatch-bar { background: #7a7a7a; }
.r-swatch-line { height: 0; border: 0; border-top: 2pt solid #000; vertical-align: 2pt; }
.r-swatch-band { background: #e4e4e4; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 2pt 4pt; border-bottom: 0.5pt solid #999; vertical-align: top; }
th { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.02em; border-bottom: 1pt solid #111; }
td.r-n, th.r-n { text-align: right; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.r-two { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12pt; }
.r-two > section { min-width: 0; }
.r-over { font-weight: 700; }
.r-days { font-size: 8pt; margin: 2pt 0 0; }
.r-periods { font-size: 8.5pt; }
.r-periods th[scope="row"] { text-transform: none; letter-spacing: 0; font-size: 8.5pt; border-bottom: 0.5pt solid #999; }
.r-periods td, .r-periods th { padding: 1.5pt 2.5pt; }
.r-periods thead th { text-transform: none; letter-spacing: 0; white-space: nowrap; }
.r-facts, .r-list { margin: 0; padding-left: 12pt; }
.r-facts li, .r-list li { margin-bottom: 1.5pt; break-inside: avoid; }
.r-tier { font-weight: 700; }
.r-icon { width: 1.1em; height: 1.1em; vertical-align: -0.2em; margin-right: 2pt; }
.r-note { break-inside: avoid; margin-bottom: 4pt; white-space: pre-wrap; overflow-wrap: anywhere; }
.r-note-date { font-weight: 700; }
.r-empty { color: #333; font-style: italic; }
.r-footer { margin-top: 12pt; padding-top: 4pt; border-top: 1pt solid #111; font-size: 8pt; color: #333; }
td, p, li { overflow-wrap: anywhere; }
th { overflow-wrap: normal; hyphens: none; }
@media screen {
  html { background: #9a9a96; }
  body { width: 210mm; min-height: 297mm; margin: 12px auto; padding: 14mm; box-shadow: 0 1px 6px rgba(0,0,0,0.35); }
}
`

/**
 * The running line at the foot of every printed page: the patient's name (when given) and the
 * period on the left, "Page X of Y" on the right. Chromium prints CSS page-margin boxes; the text
 * goes into a CSS string with every character but letters and digits escaped, so whatever the
 * name holds it cannot end the string or the style sheet.
 */
export function pageMarginCss(running: string): string {
  return `
@page {
  @bottom-left { content: ${cssString(running)}; font: 8pt Helvetica, Arial, sans-serif; color: #333; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Helvetica, Arial, sans-serif; color: #333; }
}
`
}

export function cssString(text: string): string {
  let out = ''
  for (const ch of text) {
    out += /[A-Za-z0-9]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16).padStart(6, '0')}`
  }
  return `"${out}"`
}
