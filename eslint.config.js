import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/.*/**',
      'dist',
      '.dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'screenshots',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Playwright fixtures call a function named `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Reference values are pasted with all the digits the high-precision script printed; each literal
    // rounds to the nearest double, which is exactly the reference a double can hold.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    // The core is the single source of numbers: it must stay free of the DOM, React, Plotly and the worker.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/core is pure: no React.' },
            { group: ['*plotly*'], message: 'src/core is pure: no Plotly.' },
            { group: ['katex'], message: 'src/core is pure: no KaTeX.' },
            {
              group: ['**/ui/**', '**/state/**', '**/worker/**'],
              message: 'src/core imports only src/core.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'self', 'postMessage'],
    },
  },
  {
    // The store and its bridges drive the UI, never the reverse: state never imports ui.
    files: ['src/state/**/*.ts', 'src/state/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', 'react', 'react-*', 'react/*', '*plotly*', 'katex'],
              message: 'src/state imports only the core and the worker client, never the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    // The UI talks to the worker only through the store and its bridges.
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/worker/**'],
              message: 'src/ui reaches the worker only through src/state.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/state/**', 'react', '*plotly*'],
              message: 'The worker imports only the core and its protocol.',
            },
          ],
        },
      ],
    },
  },
);
