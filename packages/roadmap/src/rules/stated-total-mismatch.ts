import { whenRange } from '../model/when';
import { countLevelsBy } from './count-levels-by';
import { defineRule } from './rule';
import { sharedServiceEvents } from './service-events';

/**
 * `roadmap/stated-total-mismatch`: a count the document states ("33 services at level 3 by 2015") differs
 * from what its entries (and, by default, its baseline) add up to. "At level 3" counts services at level 3
 * or higher unless the stated total says `comparison: exactly`.
 *
 * @example
 * ```ts
 * statedTotalMismatch.defaultSeverity; // "error"
 * ```
 */
export const statedTotalMismatch = defineRule({
  id: 'roadmap/stated-total-mismatch',
  defaultSeverity: 'error',
  description: {
    vi: 'Tổng số dịch vụ nêu trong văn bản khác với số đếm được từ các danh mục',
    en: 'A stated number of services differs from what the lists add up to',
  },
  defaultOptions: {},
  check: ({ roadmap, services, facts, report }) => {
    const events = sharedServiceEvents(roadmap, services, facts);
    (roadmap.stated_totals ?? []).forEach((stated, index) => {
      if (stated.kind !== 'services') return;
      const byDay = whenRange(stated.by).end;
      const exact = stated.comparison === 'exactly';
      const computed = countLevelsBy(events, byDay, stated.include_baseline ?? true, (level) =>
        exact ? level === stated.level : level >= stated.level,
      );
      if (computed === stated.value) return;
      const atLevel = exact ? `mức độ ${String(stated.level)}` : `mức độ ${String(stated.level)} trở lên`;
      const atLevelEn = exact ? `exactly level ${String(stated.level)}` : `level ${String(stated.level)} or higher`;
      report({
        path: ['stated_totals', index, 'value'],
        message: {
          vi: `Văn bản nêu ${String(stated.value)} dịch vụ ở ${atLevel} đến ${String(stated.by)}, nhưng các danh mục cộng lại được ${String(computed)} (chênh lệch ${String(stated.value - computed)})`,
          en: `The document states ${String(stated.value)} services at ${atLevelEn} by ${String(stated.by)}, but the lists add up to ${String(computed)} (difference ${String(stated.value - computed)})`,
        },
        data: { stated: stated.value, computed, difference: stated.value - computed, level: stated.level, by: stated.by },
      });
    });
  },
});
