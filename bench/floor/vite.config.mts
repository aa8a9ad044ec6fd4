// Builds the benchmark's floor page (bench/floor) into out/bench-floor, served like the renderer.
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
  },
})
