// Builds the benchmark's main-process half (bench/backend.ts with the app code it times) into
// out/bench-backend, the way electron-vite builds the main process: bundled by the same bundler
// for a current Node, with packages left to node_modules. Timed as the test runner compiles it
// (Babel, for older targets), the same code ran about half again as slow as what the app ships.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const here = import.meta.dirname

export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: resolve(here, '../backend.ts'),
    outDir: resolve(here, '../../out/bench-backend'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'backend.cjs' } },
  },
})
