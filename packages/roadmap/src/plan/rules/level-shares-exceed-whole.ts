import { safeParseVietnameseNumber } from '@egov/core';
import { definePlanRule } from '../plan-rule';

/**
 * `plan/level-shares-exceed-whole`: targets of kind `share_of_services_at_level` for different single
 * levels, due the same year (and phase), add up to more than 100 %. Read as shares at exactly each level
 * they cannot all be met ("100% mức độ 3 và 20% mức độ 4" is 120 %); they only make sense as "at least"
 * shares, so the plan should say which reading it means (kind `share_of_services_at_least_level`).
 *
 * @example
 * ```ts
 * levelSharesExceedWhole.defaultSeverity; // "warning"
 * ```
 */
export const levelSharesExceedWhole = definePlanRule({
  id: 'plan/level-shares-exceed-whole',
  defaultSeverity: 'warning',
  description: {
    vi: 'Tỷ lệ dịch vụ ở từng mức độ cùng thời hạn cộng lại vượt 100%',
    en: 'Shares of services at each level, due together, add up to more than 100%',
  },
  check: ({ plan, report }) => {
    const groups = new Map<string, { index: number; level: number; percent: number }[]>();
    (plan.targets ?? []).forEach((target, index) => {
      if (target.kind !== 'share_of_services_at_level' || typeof target.level !== 'number') return;
      if (typeof target.value !== 'string' || target.by === undefined) return;
      const parsed = safeParseVietnameseNumber(target.value, { notation: 'vi' });
      if (!parsed.ok || parsed.value.kind !== 'percent') return;
      const key = `${String(target.by)}|${target.phase ?? ''}`;
      const group = groups.get(key) ?? [];
      group.push({ index, level: target.level, percent: parsed.value.value });
      groups.set(key, group);
    });
    for (const [key, group] of groups) {
      const levels = new Set(group.map((item) => item.level));
      if (levels.size < 2) continue;
      const total = group.reduce((sum, item) => sum + item.percent, 0);
      const last = group[group.length - 1];
      if (total <= 100 || last === undefined) continue;
      const by = key.split('|')[0] ?? '';
      const shares = group.map((item) => `${String(item.percent)}% mức độ ${String(item.level)}`).join(' + ');
      const sharesEn = group.map((item) => `${String(item.percent)}% at level ${String(item.level)}`).join(' + ');
      report({
        path: ['targets', last.index, 'value'],
        message: {
          vi: `Các mục tiêu đến ${by}: ${shares} = ${String(total)}%, vượt 100% nếu hiểu là tỷ lệ ở đúng từng mức độ`,
          en: `Targets due ${by}: ${sharesEn} = ${String(total)}%, more than 100% if read as shares at exactly each level`,
        },
        data: { by, total, targets: group.map((item) => item.index) },
      });
    }
  },
});
