import { defineProject } from 'vitest/config';
import { sourceConditions, testDefaults } from '../../vitest.config.ts';

// End-to-end tests spawn the built binary (`node dist/bin.js`): run `pnpm build` first. They are not part
// of `pnpm test` (whose include is `src/**/*.test.ts`); `pnpm test:bin` runs them, and the fuzz of the
// binary at its small size (`fuzz/`, `pnpm fuzz` runs it large). The test files import `@egov/io` from
// source only to write broken inputs (a truncated XLSX).
export default defineProject({
  ...sourceConditions,
  test: {
    ...testDefaults,
    name: '@egov/cli e2e',
    include: ['e2e/**/*.test.ts', 'fuzz/**/*.fuzz.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // Each test spawns Node processes: one file at a time keeps a two-core machine responsive.
    fileParallelism: false,
  },
});
