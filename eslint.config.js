// typescript-eslint strictTypeChecked over src/ and providers/, plus the import direction
// DESIGN.md asks for: providers see only resources/, addresses/ and diagnostics/ of src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'coverage/', '**/*.mjs', 'bin/', 'eslint.config.js', 'vitest.config.ts', 'bench/', 'test/', 'examples/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // State and plans are plain records keyed by address (they serialize as JSON objects).
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    files: ['providers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/plan/**', '**/src/apply/**', '**/src/state/**', '**/src/config/**', '**/src/cli/**', '**/src/routing/**'], message: 'A provider imports only resources/, addresses/ and diagnostics/ of src/.' }] },
      ],
    },
  },
  {
    files: ['src/diagnostics/**/*.ts', 'src/graph/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../*'], message: 'This folder imports nothing else of mosaic.' }] }] },
  },
);
