import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { HtmlTagDescriptor, Plugin } from 'vite'
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

/**
 * Lists in index.html what the page's first script (main.tsx) imports dynamically once it has
 * sent the first screen's questions: the app's code (app-start.tsx's chunk and the chunks it
 * imports) and its styles. So the browser fetches and compiles that code while the first script
 * runs and the questions cross, instead of only once the import is reached, and the styles are in
 * place for the first frame, as they were when everything was one script.
 */
export function preloadAppStart(): Plugin {
  return {
    name: 'pain-journal:preload-app-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle, chunk: entry }) => {
        if (!bundle || !entry) return []
        const chunks = new Map(
          Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])),
        )
        const closure = (files: readonly string[], into = new Set<string>()) => {
          for (const file of files) {
            if (into.has(file)) continue
            into.add(file)
            closure(chunks.get(file)?.imports ?? [], into)
          }
          return into
        }
        const cssOf = (files: Set<string>) =>
          new Set([...files].flatMap((f) => [...(chunks.get(f)?.viteMetadata?.importedCss ?? [])]))
        // What the page already lists: the first script, what it imports and their styles.
        const listed = closure([entry.fileName])
        const listedCss = cssOf(listed)
        const later = closure(entry.dynamicImports)
        const tag = (rel: string, file: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        })
        return [
          ...[...later].filter((f) => !listed.has(f)).map((f) => tag('modulepreload', f)),
          ...[...cssOf(later)].filter((f) => !listedCss.has(f)).map((f) => tag('stylesheet', f)),
        ]
      },
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
      // One stylesheet for every screen, in the page from the start: a screen's own stylesheet,
      // added when it was first opened, made Chromium restyle the whole page (about 23 ms for
      // Today's few hundred elements) and wait for the file before drawing the screen
      // (npm run bench, History from Today). It is 43 KB (8 KB gzip) in all.
      cssCodeSplit: false,
    },
    plugins: [rendererCsp(), preloadAppStart(), react()],
  },
})
