import { foldKey, judgeStatedFigure } from '@egov/core';
import { readStatedValue } from '../model/stated-value';
import { whenRange } from '../model/when';
import { defineRule } from './rule';

/**
 * `roadmap/agency-minimum`: an agency provides fewer services at a level than a per-agency minimum
 * requires ("every other department provides at least 2 level-3 services", source 003 § 2.4). A service
 * counts for its lead and its co-processing agencies (in source 003 the departments are co-processing
 * agencies). With `scope: remaining` the agencies the lists already name are not checked. The agencies
 * checked are the target's own list or, failing that, the agency registry given to the
 * validation; without either the rule says it could not check.
 *
 * @example
 * ```ts
 * agencyMinimum.defaultSeverity; // "warning"
 * ```
 */
export const agencyMinimum = defineRule({
  id: 'roadmap/agency-minimum',
  defaultSeverity: 'warning',
  description: {
    vi: 'Cơ quan cung cấp ít hơn số dịch vụ tối thiểu theo yêu cầu',
    en: 'An agency provides fewer services than a required minimum',
  },
  defaultOptions: {},
  check: ({ roadmap, references, report }) => {
    (roadmap.targets ?? []).forEach((target, index) => {
      if (target.kind !== 'agency-minimum') return;
      const agencies = target.agencies ?? references.agencies;
      if (agencies === undefined) {
        report({
          path: ['targets', index],
          message: {
            vi: 'Không kiểm tra được yêu cầu tối thiểu theo cơ quan: chưa có danh sách cơ quan',
            en: 'Cannot check the per-agency minimum: no list of agencies was given',
          },
          data: { missing: 'agencies' },
        });
        return;
      }
      const byDay = whenRange(target.by).end;
      const counts = new Map<string, number>();
      const named = new Set<string>();
      const count = (agencies: readonly string[]): void => {
        for (const key of new Set(agencies.map(foldKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
      };
      for (const entry of roadmap.entries) {
        const involved = [...(entry.lead_agency === undefined ? [] : [entry.lead_agency]), ...(entry.co_agencies ?? [])];
        for (const agency of involved) named.add(foldKey(agency));
        if (whenRange(entry.due).end > byDay) continue;
        if ((entry.target_level ?? (entry.target_class === undefined ? 0 : 3)) < target.level) continue;
        count(involved);
      }
      for (const service of roadmap.baseline?.services ?? []) {
        if ((service.level ?? 0) < target.level) continue;
        count([...(service.lead_agency === undefined ? [] : [service.lead_agency]), ...(service.co_agencies ?? [])]);
      }
      const figure = readStatedValue(target.value);
      if (figure === undefined) return;
      for (const agency of agencies) {
        // "Mỗi sở, ban, ngành còn lại": the agencies the roadmap's lists do not already name.
        if (target.scope === 'remaining' && named.has(foldKey(agency))) continue;
        const provided = counts.get(foldKey(agency)) ?? 0;
        // An agency minimum is a lower bound even when printed as a bare number ("02 dịch vụ").
        if (figure.reading === 'exact' ? provided >= Number(figure.value) : judgeStatedFigure(figure, provided).holds) continue;
        report({
          path: ['targets', index],
          message: {
            vi: `${agency} có ${String(provided)} dịch vụ mức độ ${String(target.level)} trở lên đến ${String(target.by)}, ít hơn mức tối thiểu ${String(target.value)}`,
            en: `${agency} has ${String(provided)} services at level ${String(target.level)}+ by ${String(target.by)}, below the minimum of ${String(target.value)}`,
          },
          data: { agency, count: provided, minimum: target.value },
        });
      }
    });
  },
});
