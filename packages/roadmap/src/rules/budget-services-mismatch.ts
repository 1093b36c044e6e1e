import { budgetSpan, type YearSpan } from './budget-span';
import { defineRule } from './rule';

/**
 * `roadmap/budget-services-mismatch`: a budget line states how many services it pays for ("để thực hiện xây
 * dựng 15 dịch vụ", `services_count`) and the lists have another number of services due within the line's
 * years. Counted: the distinct services (after service identity) of the entries whose due year lies within
 * the line's `year`, `from`–`to` or phase; a service listed twice in those years counts once. Source 002
 * (Thái Bình): 2013–2014 pays for 15 services (2 due in 2013 + 13 in 2014), 2015 for 12, 2016–2020 for
 * the 10 upgrades due by 2020. Lines for one service (`service` or `entry`) and lines without years are
 * not checked.
 *
 * @example
 * ```ts
 * budgetServicesMismatch.defaultSeverity; // "error"
 * ```
 */
export const budgetServicesMismatch = defineRule({
  id: 'roadmap/budget-services-mismatch',
  defaultSeverity: 'error',
  description: {
    vi: 'Số dịch vụ của một dòng kinh phí khác với số dịch vụ trong danh mục cùng thời kỳ',
    en: 'The number of services a budget line pays for differs from the lists for its years',
  },
  defaultOptions: {},
  check: ({ roadmap, services, facts, report }) => {
    const phases = roadmap.phases ?? [];
    // The line that last counted each service id: a reusable "seen" set, one pass over the entries per line.
    const countedBy = new Int32Array(services.services.length).fill(-1);
    (roadmap.budgets ?? []).forEach((line, index) => {
      if (line.services_count === undefined || line.service !== undefined || line.entry !== undefined) return;
      const span = budgetSpan(line, phases);
      if (span === undefined || span === 'unknown-phase') return;
      const computed = countServicesDue(facts.entryDueYear, facts.entryServiceIds, span, countedBy, index);
      if (computed === line.services_count) return;
      const years = span.start === span.end ? String(span.start) : `${String(span.start)}–${String(span.end)}`;
      report({
        path: ['budgets', index, 'services_count'],
        message: {
          vi: `Dòng kinh phí ${line.label ?? years} nêu ${String(line.services_count)} dịch vụ nhưng danh mục có ${String(computed)} dịch vụ đến hạn trong ${years} (chênh lệch ${String(line.services_count - computed)})`,
          en: `The budget line ${line.label ?? years} states ${String(line.services_count)} services but the lists have ${String(computed)} due in ${years} (difference ${String(line.services_count - computed)})`,
        },
        data: { stated: line.services_count, computed, difference: line.services_count - computed, from: span.start, to: span.end },
      });
    });
  },
});

/** The number of distinct services of the entries due within a span of years. */
function countServicesDue(dueYears: readonly number[], serviceIds: Int32Array, span: YearSpan, countedBy: Int32Array, line: number): number {
  let count = 0;
  for (let entry = 0; entry < serviceIds.length; entry += 1) {
    const year = dueYears[entry];
    if (year === undefined || !(year >= span.start && year <= span.end)) continue;
    const id = serviceIds[entry] ?? -1;
    if (id < 0 || countedBy[id] === line) continue;
    countedBy[id] = line;
    count += 1;
  }
  return count;
}
