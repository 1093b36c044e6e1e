import type { Language } from '@egov/core';
import type { Procedure } from '../model/procedure';
import { tierLabels } from '../internal/domain-cells';
import type { OnlineClass } from '../model/online-class';
import { procedureColumnAliases, type ProcedureColumn } from './procedure-columns';
import type { Cell, Row } from './row';

const columnOrder: readonly ProcedureColumn[] = [
  'code',
  'name',
  'field',
  'tier',
  'leadAgency',
  'partnerAgencies',
  'onlineLevel',
  'onlineClass',
  'fee',
  'timeLimitDays',
  'fullOnlineEligible',
  'validFrom',
  'validTo',
];

const classText: Readonly<Record<Language, Readonly<Record<OnlineClass, string>>>> = {
  vi: { full: 'Toàn trình', partial: 'Một phần', none: 'Không trực tuyến' },
  en: { full: 'full', partial: 'partial', none: 'none' },
};

/**
 * Writes procedures as rows with Vietnamese (default) or English headers, every column present (empty
 * cells are `null`), so that {@link proceduresFromRows} reads them back unchanged. Partner agencies are
 * joined with "; ".
 *
 * @param procedures - The procedures.
 * @param language - Header and value language.
 * @returns One row per procedure.
 * @example
 * ```ts
 * proceduresToRows([{ name: 'Cấp phép hợp báo', onlineLevel: 4 }])[0]?.['Mức độ']; // 4
 * ```
 */
export function proceduresToRows(procedures: readonly Procedure[], language: Language = 'vi'): Row[] {
  const header = (column: ProcedureColumn): string => procedureColumnAliases[column][language === 'vi' ? 0 : 1] ?? column;
  const yes = language === 'vi' ? 'Có' : 'yes';
  const no = language === 'vi' ? 'Không' : 'no';
  return procedures.map((procedure) => {
    const cells: Record<ProcedureColumn, Cell> = {
      code: procedure.code ?? null,
      name: procedure.name,
      field: procedure.field ?? null,
      tier: procedure.tier === undefined ? null : tierLabels[language][procedure.tier],
      leadAgency: procedure.leadAgency ?? null,
      partnerAgencies: procedure.partnerAgencies === undefined ? null : procedure.partnerAgencies.join('; '),
      onlineLevel: procedure.onlineLevel ?? null,
      onlineClass: procedure.onlineClass === undefined ? null : classText[language][procedure.onlineClass],
      fee: procedure.fee ?? null,
      timeLimitDays: procedure.timeLimitDays ?? null,
      fullOnlineEligible: procedure.fullOnlineEligible === undefined ? null : procedure.fullOnlineEligible ? yes : no,
      validFrom: procedure.validFrom ?? null,
      validTo: procedure.validTo ?? null,
    };
    const row: Record<string, Cell> = {};
    for (const column of columnOrder) row[header(column)] = cells[column];
    return row;
  });
}
