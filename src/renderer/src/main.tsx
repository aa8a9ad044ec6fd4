import './zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, startReads } from './App'
import { placeFromHash } from './places'
import { askAhead, createQueryClient } from './queries'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
// The first screen's questions go out before React starts: their answers come back while it
// renders the shell, and the screen shows after one round trip.
const client = createQueryClient()
askAhead(client, startReads(placeFromHash(window.location.hash).screen, new Date()))
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
)
