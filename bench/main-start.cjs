// The main process's start-up work, as it ships: requires the built out/main/index.js in a fresh
// Node process and times it until the first answers the window asks for (settings, catalog, app
// info) are ready. Electron cannot run here, and its own start is not ours: `require('electron')`
// gets a stand-in whose every call does nothing and returns another stand-in, except for the few
// values start-up decides on (not packaged, the data folder, one display). When main() creates
// the window, the IPC handlers it registered just before answer the page's first three calls,
// through the real guard, as if from the app's own page; then the times go to stdout as JSON:
//   load     requiring the bundle (compiling and running its top-level code),
//   window   up to the window's creation (the journal opened, the router, menus, IPC),
//   answered up to the three first answers,
//   cpu      the processor time the process spent over that span (user + system): on a busy
//            machine the wall-clock times stretch while this stays about the same.
// Usage: node bench/main-start.cjs <data folder> [<app root>]
// With an app root (scripts/bench-node.mjs, run by the Node that Electron embeds), the process
// passes for Electron's: `process.versions.electron` is set and `app.getAppPath()` is that root,
// so the app picks and loads its own build of better-sqlite3 as it does under Electron.
const Module = require('node:module')
const { join } = require('node:path')

const ROOT = join(__dirname, '..')
const dataDir = process.argv[2]
if (!dataDir) throw new Error('usage: node bench/main-start.cjs <data folder> [<app root>]')
process.env['PAIN_JOURNAL_DATA_DIR'] = dataDir
const appRoot = process.argv[3] ?? ROOT
if (process.argv[3]) process.versions.electron = require('electron/package.json').version

const FIRST_CALLS = ['settings:get', 'catalog:get', 'app:info']
const PAGE = { senderFrame: { url: 'app://pain-journal/index.html', parent: null } }

function standIn(values = {}) {
  return new Proxy(function () {}, {
    get(_target, key) {
      if (Object.prototype.hasOwnProperty.call(values, key)) return values[key]
      if (key === 'then') return undefined // not a promise: `await standIn` gives it back
      if (key === Symbol.toPrimitive) return () => ''
      if (key === Symbol.iterator) return function* () {}
      return standIn()
    },
    apply: () => standIn(),
    construct: () => standIn(),
  })
}

const handlers = new Map()
let start = 0
let cpuAtStart = process.cpuUsage()
let loaded = 0

function answerFirstCalls() {
  const windowAt = performance.now()
  Promise.all(FIRST_CALLS.map((channel) => handlers.get(channel)(PAGE, undefined))).then(
    (answers) => {
      const failed = answers.find((a) => !a.ok)
      if (failed) throw new Error(`A first call failed: ${JSON.stringify(failed)}`)
      const used = process.cpuUsage(cpuAtStart)
      const times = {
        load: loaded - start,
        window: windowAt - start,
        answered: performance.now() - start,
        cpu: (used.user + used.system) / 1000,
      }
      process.stdout.write(`${JSON.stringify(times)}\n`)
      process.exit(0)
    },
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}

const electron = standIn({
  app: standIn({
    isPackaged: false,
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: () => true,
    getVersion: () => 'bench',
    getName: () => 'Pain Journal',
    getAppPath: () => appRoot,
    getPath: () => dataDir,
  }),
  ipcMain: standIn({ handle: (channel, handler) => void handlers.set(channel, handler) }),
  screen: standIn({
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }],
  }),
  BrowserWindow: new Proxy(function () {}, {
    construct() {
      answerFirstCalls()
      return standIn()
    },
  }),
  dialog: standIn({
    showErrorBox: (title, message) => {
      console.error(`${title}: ${message}`)
      process.exit(1)
    },
  }),
})

const load = Module._load
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest)
}
process.on('unhandledRejection', (error) => {
  console.error(error)
  process.exit(1)
})

start = performance.now()
cpuAtStart = process.cpuUsage()
require(join(ROOT, 'out/main/index.js'))
loaded = performance.now()
