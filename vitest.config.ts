import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Workspace packages export their TypeScript sources under the `@egov/source` condition, so tests and
 * apps run against `src/` without a prior build. Vite's default conditions are kept after it.
 */
export const sourceConditions = {
  resolve: { conditions: ['@egov/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@egov/source', ...defaultServerConditions] } },
};

/**
 * Test defaults every project shares. Property tests run hundreds of cases, and CI runs every package's
 * lint, typecheck, tests and build side by side on two cores: a generous timeout keeps a slow machine from
 * failing a correct test. Speed targets live in benchmarks, never in test timeouts.
 */
export const testDefaults = { testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  ...sourceConditions,
  test: {
    // Every package and app has its own vitest.config.ts; `vitest run` at the root runs them all.
    projects: ['packages/*', 'apps/*', 'bench'],
  },
});
