/**
 * The floor for "Today ready for input": a page that does nothing but start React the way the
 * app does (the same React, built and minified the same way, one root in StrictMode) and render
 * one button. The benchmark times it from the document's start to that button drawn, as it times
 * Today; what Today takes beyond it is the app's own work.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <button type="button">Check in</button>
  </StrictMode>,
)
