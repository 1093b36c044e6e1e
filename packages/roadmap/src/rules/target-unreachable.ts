import { judgeStatedFigure, type StatedFigure } from '@egov/core';
import { figureMinimum, readStatedValue } from '../model/stated-value';
import { whenRange } from '../model/when';
import { countLevelsBy } from './count-levels-by';
import { defineRule } from './rule';
import { sharedServiceEvents } from './service-events';

/**
 * `roadmap/target-unreachable`: a share or count target ("50% of services at level 3 by 2017") cannot be
 * met by the services the roadmap lists: the services at that level or higher by the date, divided by
 * the number of procedures in the baseline, fall short.
 *
 * @example
 * ```ts
 * targetUnreachable.id; // "roadmap/target-unreachable"
 * ```
 */
export const targetUnreachable = defineRule({
  id: 'roadmap/target-unreachable',
  defaultSeverity: 'warning',
  description: {
    vi: 'Chỉ tiêu (tỷ lệ hoặc số lượng) không thể đạt với các dịch vụ có trong lộ trình',
    en: 'A share or count target cannot be met with the services the roadmap lists',
  },
  defaultOptions: {},
  check: ({ roadmap, services, facts, report }) => {
    const events = sharedServiceEvents(roadmap, services, facts);
    const total = roadmap.baseline?.procedures?.total;
    (roadmap.targets ?? []).forEach((target, index) => {
      if (target.kind === 'agency-minimum') return;
      const count = countLevelsBy(events, whenRange(target.by).end, true, (level) => level >= target.level);
      const figure = readStatedValue(target.value, { share: target.kind === 'share' });
      if (figure === undefined) return;
      if (target.kind === 'count') {
        if (judgeStatedFigure(figure, count).holds) return;
        report({
          path: ['targets', index],
          message: {
            vi: `Chỉ tiêu ${String(target.value)} dịch vụ mức độ ${String(target.level)} đến ${String(target.by)} không đạt${readingVi(figure)}: lộ trình chỉ có ${String(count)}`,
            en: `Target of ${String(target.value)} services at level ${String(target.level)} by ${String(target.by)} is not met${readingEn(figure)}: the roadmap lists ${String(count)}`,
          },
          data: { target: target.value, listed: count },
        });
        return;
      }
      if (total === undefined || total === 0) {
        report({
          path: ['targets', index],
          message: {
            vi: 'Không kiểm tra được chỉ tiêu tỷ lệ: hiện trạng chưa có tổng số thủ tục (baseline.procedures.total)',
            en: 'Cannot check the share target: the baseline has no procedure total (baseline.procedures.total)',
          },
          data: { missing: '/baseline/procedures/total' },
        });
        return;
      }
      // Exact arithmetic on the share: count / total against the figure's fraction, by its reading.
      const share = count / total;
      if (figure.reading === 'exact' ? count * 1 >= Number(figure.value) * total : judgeStatedFigure(figure, share).holds) return;
      const minimum = figureMinimum(figure);
      const needed = minimum.strict ? Math.floor(minimum.value * total) + 1 : Math.ceil(minimum.value * total);
      const shown = ((count / total) * 100).toFixed(2).replace('.', ',');
      const targetShare = typeof target.value === 'number' ? `${(target.value * 100).toFixed(0)}%` : target.value;
      report({
        path: ['targets', index],
        message: {
          vi: `Chỉ tiêu ${targetShare} dịch vụ mức độ ${String(target.level)} trở lên đến ${String(target.by)} không đạt${readingVi(figure)}: lộ trình có ${String(count)}/${String(total)} thủ tục (${shown}%), cần ít nhất ${String(needed)}`,
          en: `Target ${targetShare} of services at level ${String(target.level)}+ by ${String(target.by)} is not met${readingEn(figure)}: the roadmap has ${String(count)}/${String(total)} procedures (${shown}%), at least ${String(needed)} needed`,
        },
        data: { numerator: count, denominator: total, target: target.value, needed },
      });
    });
  },
});

// A target printed with a qualifier says how it was read; an exact one keeps the plain sentence.
function readingVi(figure: StatedFigure): string {
  return figure.reading === 'exact' ? '' : ` (hiểu "${figure.printed}" là ${readingNames[figure.reading].vi})`;
}

function readingEn(figure: StatedFigure): string {
  return figure.reading === 'exact' ? '' : ` (reading "${figure.printed}" as ${readingNames[figure.reading].en})`;
}

const readingNames = {
  'at-least': { vi: 'cận dưới', en: 'a lower bound' },
  'at-most': { vi: 'cận trên', en: 'an upper bound' },
  about: { vi: 'số xấp xỉ', en: 'an approximation' },
  range: { vi: 'một khoảng', en: 'a range' },
} as const;
