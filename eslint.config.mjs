// ESLint for Disclose's own code: the server, the VS Code client and the tests.
// Formatting is prettier's business (npm run format:check); this file holds rules about meaning.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // The server, the client and the tests are linted. The corpus and examples are code under
    // analysis (their labels name lines, and many are careless on purpose); dist/ and out/ are built;
    // the build, packaging and measuring scripts (scripts/, bench/, *.mjs) are not linted yet.
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'out/**',
      '.cache/**',
      'test/corpus/**',
      'test/fixtures/**',
      'examples/**',
      'bench/**',
      'scripts/**',
      '*.mjs',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Every TypeScript file not ignored above: tsconfig.json must list it (a new folder goes into its include).
    files: ['**/*.ts'],
    languageOptions: {
      // Type information for the promise rules below, from the tsconfig.json that already lists these files.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its rejection; in a language server that is a silent dead request.
      // node:test's describe() and it() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Type-only imports say so (inline, the style the code base already uses), so an import's cost is visible.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The VS Code test launchers are CommonJS scripts node runs as they are: require is their module system.
    files: ['test/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Output escaping and its tests match control characters on purpose.
    files: ['server/src/reporting/output-escaping.ts', 'test/hostile/escaping.test.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // One import order everywhere, fixed by `npm run lint:fix`: node built-ins, packages, then our
      // own modules, in one block without blank lines as the code base has always written them.
      'simple-import-sort/imports': ['error', { groups: [['^\\u0000', '^node:', '^@?\\w', '^', '^\\.']] }],
      // Export lists stay in the order of meaning their modules chose.
      'simple-import-sort/exports': 'off',
      // tsc reports unused locals and parameters (noUnusedLocals, noUnusedParameters in tsconfig.json);
      // a second report of the same thing only adds noise.
      '@typescript-eslint/no-unused-vars': 'off',
      'no-unused-vars': 'off',
      // A `let` read by a closure written before its one assignment (a classifier and the evaluator that
      // calls back into it) cannot be a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
);
