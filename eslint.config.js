// @ts-check
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const moduleShape = [
  { selector: 'ExportAllDeclaration', message: 'Re-export names explicitly (no `export *`).' },
  { selector: 'ExportDefaultDeclaration', message: 'No default exports; use named exports.' },
];
// A spread into call arguments puts every item on the stack: about 150 000 items (findings, rows, a cluster's
// pairs) overflow it (issue 23). Source code uses maxOf, minOf, pushAll from @egov/core or a loop; tests and
// fixtures may spread their small fixed lists.
const spreadArguments = [
  { selector: 'CallExpression > SpreadElement', message: 'No spread into call arguments: a data-sized array overflows the stack. Use maxOf, minOf or pushAll from @egov/core, or a loop.' },
  { selector: 'NewExpression > SpreadElement', message: 'No spread into constructor arguments: a data-sized array overflows the stack. Use a loop.' },
  { selector: "CallExpression[callee.property.name='apply'][arguments.length=2]", message: 'No `f.apply(this, items)`: a data-sized array overflows the stack. Use a loop, or chunks of a bounded size.' },
];

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
      'no-restricted-syntax': ['error', ...moduleShape, ...spreadArguments],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-d.ts', '**/__fixtures__/**', '**/e2e/**', '**/bench/**', 'bench/**', '.ci/**'],
    rules: { 'no-restricted-syntax': ['error', ...moduleShape] },
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
