// Builds the benchmark's floor pages (bench/floor) into out/bench-floor, served like the renderer:
// index.html, a bare recharts line chart (the Trends floor), and root.html, React alone rendering
// one button (shown beside Today's figure). Minified, as the renderer is. The floor of Today ready
// for input itself, the app's bundle with one button (bench/floor/app-root), is built by the
// renderer's own config into out/bench-floor/app (app-root.config.ts).
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const here = import.meta.dirname

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: resolve(here, '../../out/bench-floor'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    minify: true,
    rollupOptions: {
      input: { chart: resolve(here, 'index.html'), root: resolve(here, 'root.html') },
    },
  },
})
