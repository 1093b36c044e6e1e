// @ts-check
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Temporary config bundles: tsup writes `tsup.config.bundled_*.mjs` (and Vite and Vitest
    // `*.config.ts.timestamp-*.mjs`) beside the config for the length of a build or test run and deletes it;
    // turbo runs a package's lint beside its build and tests, and ESLint failed (ENOENT) when it listed such
    // a file and then could not open it (seen in a CI run of packages/core).
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.turbo/**',
      'bench/out/**',
      '.smoke/**',
      '**/*.bundled_*.mjs',
      '**/*.timestamp-*.mjs',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.config.ts', '*.config.js', '.ci/*.mjs', 'scripts/*.mjs'],
          defaultProject: 'tsconfig.base.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-exports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Re-export names explicitly (no `export *`).' },
        { selector: 'ExportDefaultDeclaration', message: 'No default exports; use named exports.' },
      ],
    },
  },
  {
    // Config files are the one place where a tool requires a default export.
    files: ['**/*.config.ts', '**/*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
