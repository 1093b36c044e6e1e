import type { OnlineLevel } from '../model/online-level';
import { levelToClass } from '../levels/level-to-class';
import type { ProcedureCounts } from './procedure-counts';

/**
 * Procedure counts from numbers of procedures by level, as a count table states them (source 000: 60 + 10 +
 * 68 + 0 at levels 4/3/2/1), without a procedure per count: the same result as {@link countProcedures} on
 * that many procedures with only a level, at a cost independent of the counts (a count of 50 000 000 is
 * one addition, not 50 000 000 objects). Classes follow {@link levelToClass} (level 4 presumed full).
 *
 * @param byLevel - Non-negative whole counts by level 1–4; the caller checks them (see `levelCountsFromRows`).
 * @returns The counts by level and by class, and the total.
 * @example
 * ```ts
 * const counts = countsFromLevels({ 1: 0, 2: 68, 3: 10, 4: 60 });
 * counts.total; // 138
 * counts.byClass; // { full: 60, partial: 10, none: 68 }
 * atLeastLevel(counts, 3); // { numerator: 70, denominator: 138 }
 * ```
 */
export function countsFromLevels(byLevel: Readonly<Record<OnlineLevel, number>>): ProcedureCounts {
  const levels = { 1: byLevel[1], 2: byLevel[2], 3: byLevel[3], 4: byLevel[4] };
  const byClass = { full: 0, partial: 0, none: 0 };
  for (const level of [1, 2, 3, 4] as const) byClass[levelToClass(level)] += levels[level];
  const total = levels[1] + levels[2] + levels[3] + levels[4];
  return { total, byLevel: levels, levelUnknown: 0, byClass, classUnknown: 0 };
}
