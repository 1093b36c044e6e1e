import type { Language } from '@egov/core';
import type { Agency, AgencyKind } from '../model/agency';
import { tierLabels } from '../internal/domain-cells';
import { agencyColumnAliases } from './agency-columns';
import type { Row } from './row';

const kindText: Readonly<Record<Language, Readonly<Record<AgencyKind, string>>>> = {
  vi: { department: 'Sở', board: 'Ban', 'people-committee': 'UBND', other: 'Khác' },
  en: { department: 'department', board: 'board', 'people-committee': 'people committee', other: 'other' },
};

/**
 * Writes agencies as rows with Vietnamese (default) or English headers; {@link agenciesFromRows} reads
 * them back unchanged.
 *
 * @param agencies - The agencies.
 * @param language - Header and value language.
 * @returns One row per agency.
 * @example
 * ```ts
 * agenciesToRows([{ name: 'Sở Y tế', kind: 'department' }])[0]?.['Loại cơ quan']; // "Sở"
 * ```
 */
export function agenciesToRows(agencies: readonly Agency[], language: Language = 'vi'): Row[] {
  const column = language === 'vi' ? 0 : 1;
  const header = (field: keyof typeof agencyColumnAliases): string => agencyColumnAliases[field][column] ?? field;
  return agencies.map((agency) => ({
    [header('name')]: agency.name,
    [header('code')]: agency.code ?? null,
    [header('kind')]: agency.kind === undefined ? null : kindText[language][agency.kind],
    [header('tier')]: agency.tier === undefined ? null : tierLabels[language][agency.tier],
  }));
}
