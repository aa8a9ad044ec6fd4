/**
 * The doctor report: the preview (the same HTML body and styles the PDF uses) and the PDF,
 * printed by the Platform (Chromium's printing) and saved where the person chooses.
 */
import { formatDay } from '../../../shared/days'
import { reportFileName, reportHtml, type ReportOptions } from '../../../shared/report/options'
import { DomainError } from '../../../shared/domain-error'
import { gatherReport } from '../../report/report-data'
import { renderReport } from '../../report/report-html'
import { writeFileAtomic } from '../../files'
import type { ServiceContext } from '../context'
import type { HandlerMap } from '../router'

/**
 * The last PDF saved, per router: "Open it" opens only a file this app has just written, never a
 * path the page names.
 */
const lastSaved = new WeakMap<object, string>()

/** The report of the journal open now: the sample's says so at its top. */
const reportData = (options: ReportOptions, ctx: ServiceContext) =>
  gatherReport(ctx.db(), options, formatDay(ctx.now()), ctx.facts().journal === 'sample')

export const reportHandlers: HandlerMap<
  'report:preview' | 'report:export-pdf' | 'report:open-pdf'
> = {
  'report:preview': (options, ctx) => renderReport(reportData(options, ctx)),
  'report:export-pdf': async ({ options, pageSize }, ctx) => {
    const doc = renderReport(reportData(options, ctx))
    const path = await ctx.platform.chooseSavePath({
      title: 'Save the report as PDF',
      defaultName: reportFileName(options),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
    if (path === null) return { path: null }
    const pdf = await ctx.platform.printToPdf(reportHtml(doc), { pageSize })
    writeFileAtomic(path, pdf)
    lastSaved.set(ctx.platform, path)
    return { path }
  },
  'report:open-pdf': async (_input, ctx) => {
    const path = lastSaved.get(ctx.platform)
    if (path === undefined) throw new DomainError('not-found', 'No report has been saved yet.')
    await ctx.platform.openPath(path)
    return { path }
  },
}
