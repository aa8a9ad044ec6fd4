/**
 * The floor for the Trends figure: a page that does nothing but draw one recharts line chart of
 * a given number of points. `window.__renderFloor(n)` draws it afresh; the benchmark times that
 * against the Trends screen drawing the same number of points on the real router.
 */
import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { Line, LineChart, XAxis, YAxis } from 'recharts'

declare global {
  interface Window {
    __renderFloor?: (points: number) => void
  }
}

const root = createRoot(document.getElementById('root')!)

function points(n: number) {
  // Deterministic values, so every run draws the same path.
  return Array.from({ length: n }, (_, i) => ({ x: i, y: (i * 37) % 11 }))
}

window.__renderFloor = (n) => {
  flushSync(() => root.render(null))
  root.render(
    <LineChart data={points(n)} responsive style={{ width: '100%', height: 340 }}>
      <XAxis dataKey="x" type="number" domain={['dataMin', 'dataMax']} />
      <YAxis domain={[0, 10]} />
      <Line dataKey="y" dot={false} isAnimationActive={false} />
    </LineChart>,
  )
}
