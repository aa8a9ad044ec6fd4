// Builds the benchmark's floor pages (bench/floor) into out/bench-floor, served like the renderer:
// index.html, a bare recharts line chart (the Trends floor), and root.html, a bare React root with
// one button (the floor of Today ready for input). Minified, as the renderer is.
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
