import type { Phase } from '../model/roadmap-schema';
import { whenYear } from '../model/when';

/** A span of whole years, inclusive. */
export interface YearSpan {
  readonly start: number;
  readonly end: number;
}

/** What {@link budgetSpan} reads: the time fields of a budget line or a stated budget total. */
export interface BudgetTimeFields {
  readonly year?: number | undefined;
  readonly from?: number | string | undefined;
  readonly to?: number | string | undefined;
  readonly phase?: string | undefined;
}

/**
 * The years a budget line or a stated budget total is for: its `year`, else its `from`–`to`, else the years
 * of its `phase`. Budget tables are yearly, so months and days count as their year.
 *
 * @param item - A budget line or a stated budget total.
 * @param phases - The roadmap's phases.
 * @returns The years, `undefined` when the item states none, or `"unknown-phase"` when its only time is
 *   a phase id the roadmap does not have.
 * @example
 * ```ts
 * budgetSpan({ from: 2013, to: 2014 }, []); // { start: 2013, end: 2014 }
 * budgetSpan({ phase: '2013-2015' }, [{ id: '2013-2015', start: 2013, end: 2015 }]); // { start: 2013, end: 2015 }
 * ```
 */
export function budgetSpan(item: BudgetTimeFields, phases: readonly Phase[]): YearSpan | undefined | 'unknown-phase' {
  if (item.year !== undefined) return { start: item.year, end: item.year };
  const from = item.from ?? item.to;
  const to = item.to ?? item.from;
  if (from !== undefined && to !== undefined) return { start: whenYear(from), end: whenYear(to) };
  if (item.phase === undefined) return undefined;
  const phase = phases.find((candidate) => candidate.id === item.phase);
  return phase === undefined ? 'unknown-phase' : { start: whenYear(phase.start), end: whenYear(phase.end) };
}
