import { countLevelsBy } from './count-levels-by';
import { defineRule } from './rule';
import { sharedServiceEvents } from './service-events';

/**
 * `roadmap/below-national-target`: by a national target's year, the roadmap's share of services at the
 * target's level (services listed at that level or higher over the baseline's procedure total) is below
 * the national target. Targets come from the validation's references with their legal source, which the
 * finding cites; nothing national is hard-coded here.
 *
 * @example
 * ```ts
 * belowNationalTarget.defaultSeverity; // "warning"
 * ```
 */
export const belowNationalTarget = defineRule({
  id: 'roadmap/below-national-target',
  defaultSeverity: 'warning',
  description: {
    vi: 'Tỷ lệ dịch vụ trực tuyến của lộ trình thấp hơn chỉ tiêu quốc gia',
    en: "The roadmap's share of online services is below a national target",
  },
  defaultOptions: {},
  check: ({ roadmap, services, references, facts, report }) => {
    const targets = references.nationalTargets ?? [];
    const total = roadmap.baseline?.procedures?.total;
    if (targets.length === 0 || total === undefined || total === 0) return;
    const events = sharedServiceEvents(roadmap, services, facts);
    const periodEnd = Number(String(roadmap.period.end).slice(0, 4));
    for (const target of targets) {
      if (target.by > periodEnd) continue;
      const count = countLevelsBy(events, `${String(target.by)}-12-31`, true, (level) => level >= target.level);
      if (count >= target.share * total) continue;
      const share = ((count / total) * 100).toFixed(2).replace('.', ',');
      const targetShare = String(target.share * 100).replace('.', ',');
      report({
        path: ['entries'],
        message: {
          vi: `Đến ${String(target.by)} lộ trình có ${String(count)}/${String(total)} thủ tục (${share}%) ở mức độ ${String(target.level)} trở lên, thấp hơn chỉ tiêu ${targetShare}% của ${target.source}`,
          en: `By ${String(target.by)} the roadmap has ${String(count)}/${String(total)} procedures (${share}%) at level ${String(target.level)}+, below the ${targetShare}% target of ${target.source}`,
        },
        data: { numerator: count, denominator: total, target: target.share, source: target.source, by: target.by },
      });
    }
  },
});
