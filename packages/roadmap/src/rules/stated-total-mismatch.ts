import { defaultFigureTolerance, judgeStatedFigure, type FigureTolerance } from '@egov/core';
import { readStatedValue } from '../model/stated-value';
import { whenRange } from '../model/when';
import { countLevelsBy } from './count-levels-by';
import { defineRule } from './rule';
import { sharedServiceEvents } from './service-events';

/** Options of {@link statedTotalMismatch}. */
export interface StatedTotalMismatchOptions {
  /** Tolerance of an approximate total ("khoảng 40"); default `@egov/core`'s `defaultFigureTolerance` (±5%). */
  readonly tolerance: FigureTolerance;
}

/**
 * `roadmap/stated-total-mismatch`: a count the document states ("33 services at level 3 by 2015") differs
 * from what its entries (and, by default, its baseline) add up to. "At level 3" counts services at level 3
 * or higher unless the stated total says `comparison: exactly`. A total printed with a qualifier ("trên 120",
 * "ít nhất 30", "khoảng 40", "từ 50 đến 60") is judged by its reading (a lower bound holds for any larger
 * count, an approximation within the `tolerance` option), and the message says which reading it used.
 *
 * @example
 * ```ts
 * statedTotalMismatch.defaultSeverity; // "error"
 * ```
 */
export const statedTotalMismatch = defineRule<StatedTotalMismatchOptions>({
  id: 'roadmap/stated-total-mismatch',
  defaultSeverity: 'error',
  description: {
    vi: 'Tổng số dịch vụ nêu trong văn bản khác với số đếm được từ các danh mục',
    en: 'A stated number of services differs from what the lists add up to',
  },
  defaultOptions: { tolerance: defaultFigureTolerance },
  check: ({ roadmap, services, options, facts, report }) => {
    const events = sharedServiceEvents(roadmap, services, facts);
    (roadmap.stated_totals ?? []).forEach((stated, index) => {
      if (stated.kind !== 'services') return;
      const byDay = whenRange(stated.by).end;
      const exact = stated.comparison === 'exactly';
      const computed = countLevelsBy(events, byDay, stated.include_baseline ?? true, (level) =>
        exact ? level === stated.level : level >= stated.level,
      );
      const atLevel = exact ? `mức độ ${String(stated.level)}` : `mức độ ${String(stated.level)} trở lên`;
      const atLevelEn = exact ? `exactly level ${String(stated.level)}` : `level ${String(stated.level)} or higher`;
      const figure = readStatedValue(stated.value);
      if (figure === undefined) return;
      if (figure.reading === 'exact') {
        const value = Number(figure.value);
        if (computed === value) return;
        report({
          path: ['stated_totals', index, 'value'],
          message: {
            vi: `Văn bản nêu ${String(stated.value)} dịch vụ ở ${atLevel} đến ${String(stated.by)}, nhưng các danh mục cộng lại được ${String(computed)} (chênh lệch ${String(value - computed)})`,
            en: `The document states ${String(stated.value)} services at ${atLevelEn} by ${String(stated.by)}, but the lists add up to ${String(computed)} (difference ${String(value - computed)})`,
          },
          data: { stated: value, computed, difference: value - computed, level: stated.level, by: stated.by },
        });
        return;
      }
      // A qualified figure ("trên 120", "khoảng 40") is judged by its reading, and the message says which.
      const judged = judgeStatedFigure(figure, computed, { tolerance: options.tolerance });
      if (judged.holds) return;
      report({
        path: ['stated_totals', index, 'value'],
        message: {
          vi: `Văn bản nêu "${figure.printed}" dịch vụ ở ${atLevel} đến ${String(stated.by)} (hiểu là ${judged.meaning.vi}), nhưng các danh mục cộng lại được ${String(computed)}`,
          en: `The document states "${figure.printed}" services at ${atLevelEn} by ${String(stated.by)} (read as ${judged.meaning.en}), but the lists add up to ${String(computed)}`,
        },
        data: { stated: figure.printed, computed, level: stated.level, by: stated.by, reading: figure.reading, strict: figure.strict },
      });
    });
  },
});
