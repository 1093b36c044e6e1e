import type { Procedure } from '../model/procedure';
import { effectiveClass } from '../levels/effective-class';
import type { ProcedureInfo } from './record-aggregator';

/**
 * Builds a lookup from procedure code to what record statistics group by (field, tier, level, class;
 * class stated or derived from the level). Procedures without a code are skipped; the first procedure
 * with a code wins.
 *
 * @param procedures - The catalogue's procedures.
 * @returns A function from code to information, `undefined` for unknown codes.
 * @example
 * ```ts
 * const lookup = procedureLookup(catalogue.procedures);
 * aggregator.results({ by: ['level'], lookup });
 * ```
 */
export function procedureLookup(procedures: Iterable<Procedure>): (procedureCode: string) => ProcedureInfo | undefined {
  const map = new Map<string, ProcedureInfo>();
  for (const procedure of procedures) {
    if (procedure.code === undefined || map.has(procedure.code)) continue;
    const onlineClass = effectiveClass(procedure);
    map.set(procedure.code, {
      ...(procedure.field === undefined ? {} : { field: procedure.field }),
      ...(procedure.tier === undefined ? {} : { tier: procedure.tier }),
      ...(procedure.onlineLevel === undefined ? {} : { onlineLevel: procedure.onlineLevel }),
      ...(onlineClass === undefined ? {} : { onlineClass }),
    });
  }
  return (procedureCode) => map.get(procedureCode);
}
