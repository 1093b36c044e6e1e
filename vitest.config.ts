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

export default defineConfig({
  ...sourceConditions,
  test: {
    // Every package and app has its own vitest.config.ts; `vitest run` at the root runs them all.
    projects: ['packages/*', 'apps/*', 'bench'],
  },
});
