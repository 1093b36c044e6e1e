import { existsSync } from 'node:fs';
import { binPath } from './run-bin';

/**
 * Stops `pnpm test:bin` with a clear message when the binary has not been built.
 *
 * @throws {Error} when `dist/bin.js` is missing.
 * @example
 * ```ts
 * // vitest.e2e.config.ts: globalSetup: ['e2e/global-setup.ts']
 * ```
 */
export function setup(): void {
  if (!existsSync(binPath)) {
    throw new Error(`${binPath} is missing: the end-to-end tests run the built binary. Run "pnpm build" in apps/cli (or "pnpm turbo run build --filter @egov/cli") first.`);
  }
}
