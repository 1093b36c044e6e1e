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
      if (target.kind === 'count') {
        if (count >= target.value) return;
        report({
          path: ['targets', index],
          message: {
            vi: `Chỉ tiêu ${String(target.value)} dịch vụ mức độ ${String(target.level)} đến ${String(target.by)} không đạt: lộ trình chỉ có ${String(count)}`,
            en: `Target of ${String(target.value)} services at level ${String(target.level)} by ${String(target.by)} is not met: the roadmap lists ${String(count)}`,
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
      if (count * 1 >= target.value * total) return;
      const needed = Math.ceil(target.value * total);
      const share = ((count / total) * 100).toFixed(2).replace('.', ',');
      const targetShare = (target.value * 100).toFixed(0);
      report({
        path: ['targets', index],
        message: {
          vi: `Chỉ tiêu ${targetShare}% dịch vụ mức độ ${String(target.level)} trở lên đến ${String(target.by)} không đạt: lộ trình có ${String(count)}/${String(total)} thủ tục (${share}%), cần ít nhất ${String(needed)}`,
          en: `Target ${targetShare}% of services at level ${String(target.level)}+ by ${String(target.by)} is not met: the roadmap has ${String(count)}/${String(total)} procedures (${share}%), at least ${String(needed)} needed`,
        },
        data: { numerator: count, denominator: total, target: target.value, needed },
      });
    });
  },
});
