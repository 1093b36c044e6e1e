import type { Procedure } from '../model/procedure';
import { foldKey } from '@egov/core';
import { countProcedures, type ProcedureCounts } from './procedure-counts';

/** A dimension to group procedures by. */
export type ProcedureDimension = 'agency' | 'field' | 'tier';

/** Counts of one group of procedures. */
export interface ProcedureGroup {
  /** Folded key (diacritics and case ignored, so "Sở Y tế" and "Sở y tế" share a group); `""` when absent. */
  readonly key: string;
  /** The value as first written in the catalogue, or `undefined` when absent. */
  readonly label: string | undefined;
  readonly counts: ProcedureCounts;
}

function valueOf(procedure: Procedure, by: ProcedureDimension): string | undefined {
  switch (by) {
    case 'agency':
      return procedure.leadAgency;
    case 'field':
      return procedure.field;
    case 'tier':
      return procedure.tier;
  }
}

/**
 * Groups procedures by lead agency, field or tier and counts each group by level and class.
 *
 * @param procedures - The procedures.
 * @param by - The dimension.
 * @returns Groups sorted by key (absent values, key `""`, first).
 * @example
 * ```ts
 * const groups = groupProcedures(procedures, 'agency');
 * groups.find((g) => g.label === 'Sở Tài chính')?.counts.total;
 * ```
 */
export function groupProcedures(procedures: Iterable<Procedure>, by: ProcedureDimension): readonly ProcedureGroup[] {
  const members = new Map<string, { label: string | undefined; items: Procedure[] }>();
  for (const procedure of procedures) {
    const value = valueOf(procedure, by);
    const key = value === undefined ? '' : foldKey(value);
    let group = members.get(key);
    if (group === undefined) {
      group = { label: value, items: [] };
      members.set(key, group);
    }
    group.items.push(procedure);
  }
  return [...members.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => ({ key, label: group.label, counts: countProcedures(group.items) }));
}
