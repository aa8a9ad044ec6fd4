// Builds the floor of Today ready for input (bench/floor/app-root) with the renderer's own config
// from electron.vite.config.ts, so it is the app's bundle as the app ships it: the same plugins
// (its CSP), target, minifying and chunking; only the page and the output folder differ.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { mergeConfig, type UserConfig } from 'vite'
import app from '../../electron.vite.config'

const here = resolve(__dirname, 'app-root')

export default defineConfig({
  renderer: mergeConfig(app.renderer as UserConfig, {
    root: here,
    build: {
      outDir: resolve(__dirname, '../../out/bench-floor/app'),
      emptyOutDir: true,
      rollupOptions: { input: resolve(here, 'app-root.html') },
    },
  }),
})
