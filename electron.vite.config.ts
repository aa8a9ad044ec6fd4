import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './src/main/security'

/**
 * Writes the renderer's Content Security Policy into index.html: the app's strict policy in
 * the build (the same one the app:// protocol sends as a header), and in `npm run dev` a policy
 * that lets Vite's injected styles, React Refresh and live reload work through a nonce, made
 * fresh each time the dev server starts, instead of 'unsafe-inline'.
 */
export function rendererCsp(): Plugin {
  const nonce = randomBytes(18).toString('base64')
  return {
    name: 'pain-journal:csp',
    config: (_config, { command }) => (command === 'serve' ? { html: { cspNonce: nonce } } : {}),
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, context) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy({
              meta: true,
              ...(context.server ? { devNonce: nonce } : {}),
            }),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } } },
  },
  preload: {
    // Sandboxed preloads can only require 'electron': everything else must be bundled in.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      rollupOptions: {
        input: resolve(__dirname, 'src/renderer/index.html'),
        output: {
          // zod and the switch that keeps it from trying eval (zod-jitless.ts) in one chunk, the
          // switch run as soon as zod is: a schema defined in a chunk shared by several screens
          // would otherwise try eval before main.tsx's first import had run (a CSP violation).
          codeSplitting: {
            groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|zod-jitless/ }],
          },
        },
      },
      // electron-vite leaves the renderer unminified by default: minified, it is under half the
      // bytes and parses faster at start-up (npm run bench, figures 4 and 7).
      minify: true,
    },
    plugins: [rendererCsp(), react()],
  },
})
