import { budgetAgainstTable } from './budget-against-table';
import { countsAgainstTables } from './counts-against-tables';
import type { CrossCheck } from './cross-check';
import { roadmapAgainstCatalogue } from './roadmap-against-catalogue';

/**
 * The cross-document checks, in the order they run.
 *
 * @example
 * ```ts
 * crossChecks.map((check) => check.id); // ["budget-against-table", "roadmap-against-catalogue", "counts-against-tables"]
 * ```
 */
export const crossChecks: readonly CrossCheck[] = [budgetAgainstTable, roadmapAgainstCatalogue, countsAgainstTables];
