// @ts-check
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'module']

/** The architecture's dependency rule (DESIGN.md section 1), enforced per folder. */
const boundary = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
})

/**
 * The layers inside src/main (DESIGN.md section 1), on typescript-eslint's rule so that a
 * type-only import stays allowed. Each file gets one list: in a flat config the last block that
 * sets a rule for a file replaces the lists before it, so every block below names all of its own.
 *
 * The thin Electron shell — the only files that import `electron` as a value; everything else
 * in src/main runs under plain Node (tests, the e2e harness, the bench):
 * - index.ts: app lifecycle, the app:// protocol, start-up;
 * - window.ts: the main window;
 * - ipc.ts: ipcMain, handing each call to the router;
 * - electron-platform.ts: dialogs, printing to PDF, opening files and links (the Platform);
 * - desktop.ts: the menu, the tray, reminders and start at login.
 */
const SHELL_FILES = [
  'src/main/index.ts',
  'src/main/window.ts',
  'src/main/ipc.ts',
  'src/main/electron-platform.ts',
  'src/main/desktop.ts',
]
const SQLITE_ONLY_IN_DB = {
  group: ['better-sqlite3'],
  allowTypeImports: true,
  message: 'Only src/main/db opens and queries SQLite; call a repository (a type import is fine).',
}
const ELECTRON_ONLY_IN_SHELL = {
  group: ['electron'],
  allowTypeImports: true,
  message: `Only the shell files (${SHELL_FILES.join(', ')}) import electron; the rest runs under plain Node.`,
}
/** A folder of src/main, wherever the import starts; src/shared has folders of the same names. */
const mainFolder = (name) => [`**/${name}/**`, `!**/shared/${name}/**`]
const below = (layer, above) => ({
  group: above.flatMap(mainFolder),
  message: `${layer} sits below ${above.join(', ')}: it does not import them.`,
})
const mainLayers = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
})

/** The renderer runs in a sandboxed page and reaches main only through the preload. */
const RENDERER_RULES = [
  {
    group: ['**/main/**', '**/preload/**'],
    message: 'The renderer talks to main only through window.painJournal.',
  },
  {
    group: ['electron', 'better-sqlite3', ...nodeBuiltins],
    message: 'The renderer runs in a sandboxed page: no Electron or Node modules.',
  },
]
/**
 * One folder per feature (today, history, trends, report, settings, welcome). A piece two of
 * them use lives outside both (checkin/, components/, the renderer's root), so a feature can
 * change without another breaking. Features are flat folders: `../x` from one is a sibling.
 */
const FEATURES = 'src/renderer/src/features'
/** Only these compose the screens, so only they import the features. */
const SCREEN_COMPOSERS = ['src/renderer/src/App.tsx']
const ONE_FEATURE_ONLY = {
  regex: '^\\.\\./[^./]',
  message:
    'A feature does not import another feature: move what both use out of features/ (checkin/, components/, src/renderer/src).',
}
const NO_FEATURE_FROM_SHARED = {
  group: ['**/features/**'],
  message:
    'A feature is imported only by App.tsx; shared pieces (and other features) belong to no feature.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.native/**',
      'bench/work/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary(RENDERER_RULES),
    },
  },
  {
    files: [`${FEATURES}/**/*.{ts,tsx}`],
    rules: boundary([...RENDERER_RULES, ONE_FEATURE_ONLY, NO_FEATURE_FROM_SHARED]),
  },
  {
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    ignores: [`${FEATURES}/**`, ...SCREEN_COMPOSERS],
    rules: boundary([...RENDERER_RULES, NO_FEATURE_FROM_SHARED]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: boundary([
      {
        group: ['**/main/**', '**/renderer/**'],
        message: 'The preload may use only src/shared and electron.',
      },
      {
        group: ['better-sqlite3', ...nodeBuiltins],
        message: 'A sandboxed preload can require nothing but electron.',
      },
    ]),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      ...boundary([
        {
          group: ['**/main/**', '**/renderer/**', '**/preload/**'],
          message: 'src/shared imports nothing outside src/shared.',
        },
        {
          group: ['electron', 'better-sqlite3', 'react', 'react-dom', ...nodeBuiltins],
          message: 'src/shared is pure: no Electron, Node or DOM.',
        },
      ]),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: boundary([
      {
        group: ['**/renderer/**', '**/preload/**'],
        message: 'main does not import the renderer or preload.',
      },
    ]),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/db/**', ...SHELL_FILES],
    rules: mainLayers([SQLITE_ONLY_IN_DB, ELECTRON_ONLY_IN_SHELL]),
  },
  {
    // Every SQL statement lives behind src/main/db: the rest is handed a Database (a type) and
    // calls repositories, so it must not prepare, execute or wrap statements itself.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(prepare|pragma|transaction|function|aggregate|backup)$/]',
          message: 'SQL belongs in src/main/db: call a repository (or inTransaction) instead.',
        },
        {
          selector:
            "CallExpression[callee.property.name='exec'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
          message: 'SQL belongs in src/main/db: call a repository instead.',
        },
      ],
    },
  },
  { files: SHELL_FILES, rules: mainLayers([SQLITE_ONLY_IN_DB]) },
  {
    files: ['src/main/db/**/*.ts'],
    rules: mainLayers([
      ELECTRON_ONLY_IN_SHELL,
      below('db/', ['analysis', 'portability', 'report', 'service']),
    ]),
  },
  {
    files: ['src/main/analysis/**/*.ts'],
    rules: mainLayers([
      SQLITE_ONLY_IN_DB,
      ELECTRON_ONLY_IN_SHELL,
      below('analysis/', ['portability', 'report', 'service']),
    ]),
  },
  {
    files: ['src/main/portability/**/*.ts'],
    rules: mainLayers([
      SQLITE_ONLY_IN_DB,
      ELECTRON_ONLY_IN_SHELL,
      below('portability/', ['report', 'service']),
    ]),
  },
  {
    files: ['src/main/report/**/*.ts'],
    rules: mainLayers([SQLITE_ONLY_IN_DB, ELECTRON_ONLY_IN_SHELL, below('report/', ['service'])]),
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', '*.config.ts', '*.config.mts'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
