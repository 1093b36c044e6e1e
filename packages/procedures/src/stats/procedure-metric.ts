import type { OnlineClass } from '../model/online-class';
import type { OnlineLevel } from '../model/online-level';
import type { Procedure } from '../model/procedure';
import { effectiveClass } from '../levels/effective-class';

/**
 * What a catalogue share counts: procedures at exactly a level, at a level or higher, of a class, or
 * offered online at all (class full or partial).
 */
export type ProcedureMetric =
  | { readonly kind: 'level'; readonly level: OnlineLevel }
  | { readonly kind: 'level-at-least'; readonly level: OnlineLevel }
  | { readonly kind: 'class'; readonly onlineClass: OnlineClass }
  | { readonly kind: 'online' };

/**
 * Whether a procedure counts in a metric. Level metrics use the stated `onlineLevel` only; class metrics
 * use {@link effectiveClass} (stated class, else derived from the level).
 *
 * @param procedure - The procedure.
 * @param metric - The metric.
 * @returns `true` when the procedure is in the numerator.
 * @example
 * ```ts
 * matchesMetric({ name: 'x', onlineLevel: 4 }, { kind: 'level-at-least', level: 3 }); // true
 * ```
 */
export function matchesMetric(
  procedure: Pick<Procedure, 'onlineLevel' | 'onlineClass'>,
  metric: ProcedureMetric,
): boolean {
  switch (metric.kind) {
    case 'level':
      return procedure.onlineLevel === metric.level;
    case 'level-at-least':
      return procedure.onlineLevel !== undefined && procedure.onlineLevel >= metric.level;
    case 'class':
      return effectiveClass(procedure) === metric.onlineClass;
    case 'online': {
      const onlineClass = effectiveClass(procedure);
      return onlineClass === 'full' || onlineClass === 'partial';
    }
  }
}

/**
 * Describes a metric in Vietnamese and English ("mức độ 3 trở lên" / "level 3 or higher").
 *
 * @param metric - The metric.
 * @returns The description.
 * @example
 * ```ts
 * describeMetric({ kind: 'level-at-least', level: 3 }).vi; // "mức độ 3 trở lên"
 * ```
 */
export function describeMetric(metric: ProcedureMetric): { readonly vi: string; readonly en: string } {
  switch (metric.kind) {
    case 'level':
      return { vi: `mức độ ${metric.level}`, en: `level ${metric.level}` };
    case 'level-at-least':
      return { vi: `mức độ ${metric.level} trở lên`, en: `level ${metric.level} or higher` };
    case 'class': {
      const vi = { full: 'toàn trình', partial: 'một phần', none: 'không trực tuyến' }[metric.onlineClass];
      return { vi: `dịch vụ công trực tuyến ${vi}`, en: `${metric.onlineClass} online service` };
    }
    case 'online':
      return { vi: 'dịch vụ công trực tuyến (toàn trình hoặc một phần)', en: 'online service (full or partial)' };
  }
}
