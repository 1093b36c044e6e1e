import type { CrossCheck } from './cross-check';

/**
 * The cross-document checks, in the order they run.
 *
 * @example
 * ```ts
 * crossChecks.map((check) => check.id);
 * ```
 */
export const crossChecks: readonly CrossCheck[] = [];
