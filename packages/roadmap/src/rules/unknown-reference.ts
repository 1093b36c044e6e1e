import { foldKey, keySimilarity } from '@egov/core';
import { serviceKey } from '../identity/service-key';
import { defineRule } from './rule';

/**
 * `roadmap/unknown-agency`: a lead or co-processing agency is not in the agency registry given to the
 * validation (checked only when one is given; names are compared folded).
 *
 * @example
 * ```ts
 * unknownAgency.id; // "roadmap/unknown-agency"
 * ```
 */
export const unknownAgency = defineRule({
  id: 'roadmap/unknown-agency',
  defaultSeverity: 'warning',
  description: {
    vi: 'Cơ quan không có trong danh sách cơ quan của tỉnh',
    en: "An agency is not in the province's agency registry",
  },
  defaultOptions: {},
  check: ({ roadmap, references, report }) => {
    if (references.agencies === undefined) return;
    const known = new Set(references.agencies.map(foldKey));
    roadmap.entries.forEach((entry, index) => {
      const named: [string, (string | number)[]][] = [];
      if (entry.lead_agency !== undefined) named.push([entry.lead_agency, ['entries', index, 'lead_agency']]);
      (entry.co_agencies ?? []).forEach((agency, agencyIndex) => {
        named.push([agency, ['entries', index, 'co_agencies', agencyIndex]]);
      });
      for (const [agency, path] of named) {
        if (known.has(foldKey(agency))) continue;
        report({
          path,
          message: {
            vi: `Cơ quan "${agency}" không có trong danh sách cơ quan của tỉnh`,
            en: `Agency "${agency}" is not in the province's agency registry`,
          },
          data: { agency },
        });
      }
    });
  },
});

/** Options of {@link unknownProcedure}. */
export interface UnknownProcedureOptions {
  /** Name similarity at or above which a catalogue procedure counts as the same (default 0.9). */
  readonly nearMatchThreshold: number;
}

/**
 * `roadmap/unknown-procedure`: an entry's code or name matches no procedure of the catalogue given to the
 * validation (checked only when one is given).
 *
 * @example
 * ```ts
 * unknownProcedure.defaultOptions; // { nearMatchThreshold: 0.9 }
 * ```
 */
export const unknownProcedure = defineRule<UnknownProcedureOptions>({
  id: 'roadmap/unknown-procedure',
  defaultSeverity: 'warning',
  description: {
    vi: 'Dịch vụ không khớp với thủ tục nào trong danh mục thủ tục hành chính',
    en: 'A service matches no procedure of the catalogue',
  },
  defaultOptions: { nearMatchThreshold: 0.9 },
  check: ({ roadmap, references, options, report }) => {
    const catalogue = references.catalogue;
    if (catalogue === undefined) return;
    const codes = new Set(catalogue.flatMap((procedure) => (procedure.code === undefined ? [] : [procedure.code])));
    const keys = catalogue.map((procedure) => serviceKey(procedure.name));
    const exactKeys = new Set(keys);
    roadmap.entries.forEach((entry, index) => {
      if (entry.code !== undefined) {
        if (codes.has(entry.code)) return;
        report({
          path: ['entries', index, 'code'],
          message: {
            vi: `Mã thủ tục "${entry.code}" không có trong danh mục`,
            en: `Procedure code "${entry.code}" is not in the catalogue`,
          },
          data: { code: entry.code },
        });
        return;
      }
      const key = serviceKey(entry.service);
      if (exactKeys.has(key)) return;
      const near = keys.some((known) => keySimilarity(key, known, { minScore: options.nearMatchThreshold }) >= options.nearMatchThreshold);
      if (near) return;
      report({
        path: ['entries', index, 'service'],
        message: {
          vi: `Dịch vụ "${entry.service}" không khớp với thủ tục nào trong danh mục`,
          en: `Service "${entry.service}" matches no procedure of the catalogue`,
        },
        data: { service: entry.service },
      });
    });
  },
});
