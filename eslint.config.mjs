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
      ...boundary([
        {
          group: ['**/main/**', '**/preload/**'],
          message: 'The renderer talks to main only through window.painJournal.',
        },
        {
          group: ['electron', 'better-sqlite3', ...nodeBuiltins],
          message: 'The renderer runs in a sandboxed page: no Electron or Node modules.',
        },
      ]),
    },
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
    files: ['tests/**/*.ts', 'bench/**/*.ts', '*.config.ts', '*.config.mts'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
