/**
 * The live preview: the very body and stylesheet the PDF is printed from, in a sandboxed frame
 * with no script. The app's CSP (which a srcdoc frame inherits) forbids <style> elements, so the
 * stylesheet is attached through CSSOM (adoptedStyleSheets), which CSP does not restrict.
 */
import { forwardRef, useCallback, useImperativeHandle, useRef, useState } from 'react'
import type { ReportDocument } from '../../../../shared/report/options'

export interface ReportPreviewHandle {
  print: () => void
}

interface Props {
  doc: ReportDocument
}

export const ReportPreview = forwardRef<ReportPreviewHandle, Props>(function ReportPreview(
  { doc },
  ref,
) {
  const frame = useRef<HTMLIFrameElement>(null)
  const [height, setHeight] = useState(1200)

  useImperativeHandle(ref, () => ({
    print: () => frame.current?.contentWindow?.print(),
  }))

  const onLoad = useCallback(() => {
    const win = frame.current?.contentWindow
    const document = frame.current?.contentDocument
    if (!win || !document) return
    // A constructed sheet can only be adopted by the document whose realm made it.
    const FrameSheet = (win as Window & typeof globalThis).CSSStyleSheet
    const sheet = new FrameSheet()
    sheet.replaceSync(doc.css)
    document.adoptedStyleSheets = [sheet]
    setHeight(document.documentElement.scrollHeight + 4)
  }, [doc.css])

  const srcDoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${doc.title}</title></head><body>${doc.body}</body></html>`
  return (
    <iframe
      ref={frame}
      className="report-frame"
      title="Preview of the report, as it will be saved"
      sandbox="allow-same-origin allow-modals"
      srcDoc={srcDoc}
      onLoad={onLoad}
      style={{ height }}
    />
  )
})
