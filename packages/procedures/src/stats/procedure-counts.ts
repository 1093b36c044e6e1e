import type { OnlineClass } from '../model/online-class';
import type { OnlineLevel } from '../model/online-level';
import type { Procedure } from '../model/procedure';
import { effectiveClass } from '../levels/effective-class';
import type { Ratio } from './ratio';

/** Counts of procedures by online level and by online class. */
export interface ProcedureCounts {
  readonly total: number;
  /** By stated level (Decree 43/2011); procedures without a level are in `levelUnknown`. */
  readonly byLevel: Readonly<Record<OnlineLevel, number>>;
  readonly levelUnknown: number;
  /** By effective class (Decree 42/2022; stated, else derived from the level). */
  readonly byClass: Readonly<Record<OnlineClass, number>>;
  readonly classUnknown: number;
}

/**
 * Counts procedures by level and by class.
 *
 * @param procedures - The procedures.
 * @returns The counts.
 * @example
 * ```ts
 * const counts = countProcedures(catalogue.procedures);
 * counts.byLevel[4]; // 60 for source 000
 * ```
 */
export function countProcedures(procedures: Iterable<Pick<Procedure, 'onlineLevel' | 'onlineClass'>>): ProcedureCounts {
  const byLevel = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const byClass = { full: 0, partial: 0, none: 0 };
  let total = 0;
  let levelUnknown = 0;
  let classUnknown = 0;
  for (const procedure of procedures) {
    total += 1;
    if (procedure.onlineLevel === undefined) levelUnknown += 1;
    else byLevel[procedure.onlineLevel] += 1;
    const onlineClass = effectiveClass(procedure);
    if (onlineClass === undefined) classUnknown += 1;
    else byClass[onlineClass] += 1;
  }
  return { total, byLevel, levelUnknown, byClass, classUnknown };
}

/**
 * The share of procedures at level `level` or higher, from counts.
 *
 * @param counts - Counts from {@link countProcedures}.
 * @param level - The minimum level.
 * @returns The exact ratio over all procedures.
 * @example
 * ```ts
 * atLeastLevel(countProcedures(procedures), 3); // { numerator: 70, denominator: 138 } for source 000
 * ```
 */
export function atLeastLevel(counts: ProcedureCounts, level: OnlineLevel): Ratio {
  let numerator = 0;
  for (const k of [1, 2, 3, 4] as const) if (k >= level) numerator += counts.byLevel[k];
  return { numerator, denominator: counts.total };
}
