import { closestHint } from '../identity/closest-hint';
import type { PointerSegment } from '@egov/core';
import { defineRule } from './rule';

/**
 * `roadmap/budget-unknown-service`: a budget line (or a row total of the budget table) names a service that
 * matches no service of the lists, links (`entry`) to an entry id the roadmap does not have, or links to an
 * entry of another service than its name. The message names the closest listed service and how similar it
 * is, as `roadmap/step-mismatch` does for steps. Source 003: the budget table's "Cấp giấy phép hành nghề y,
 * dược" is the list's "Cấp giấy phép đăng ký hành nghề y, dược".
 *
 * @example
 * ```ts
 * budgetUnknownService.defaultSeverity; // "error"
 * ```
 */
export const budgetUnknownService = defineRule({
  id: 'roadmap/budget-unknown-service',
  defaultSeverity: 'error',
  description: {
    vi: 'Dịch vụ trong bảng kinh phí không khớp với dịch vụ nào trong danh mục',
    en: 'A service of the budget matches no service of the lists',
  },
  defaultOptions: {},
  check: ({ roadmap, services, facts, report }) => {
    const checkItem = (item: { service?: string | undefined; entry?: string | undefined }, path: PointerSegment[]): void => {
      const linkedIndex = item.entry === undefined ? undefined : facts.entryIndexById.get(item.entry);
      if (item.entry !== undefined && linkedIndex === undefined) {
        report({
          path: [...path, 'entry'],
          message: {
            vi: `Dòng kinh phí gắn với mục "${item.entry}" nhưng danh mục không có mục nào mang mã này`,
            en: `The budget line is linked to entry "${item.entry}", which the lists do not have`,
          },
          data: { entry: item.entry },
        });
      }
      if (item.service === undefined) return;
      const name = item.service;
      const match = facts.resolve(name);
      if (match === undefined) {
        const hint = closestHint(services, name);
        report({
          path: [...path, 'service'],
          message: {
            vi: `Dịch vụ "${name}" trong bảng kinh phí không khớp với dịch vụ nào trong danh mục${hint.text.vi}`,
            en: `Service "${name}" of the budget matches no service of the lists${hint.text.en}`,
          },
          data: { service: name, closest: hint.closest, score: hint.score, entry: item.entry },
        });
        return;
      }
      const linked = linkedIndex === undefined ? undefined : services.entries[linkedIndex];
      if (linked === undefined || linked.service.id === match.service.id) return;
      report({
        path: [...path, 'entry'],
        message: {
          vi: `Dòng kinh phí "${name}" gắn với mục "${String(item.entry)}" (${linked.service.name}) nhưng tên của nó khớp với "${match.service.name}"`,
          en: `The budget line "${name}" is linked to entry "${String(item.entry)}" (${linked.service.name}) but its name matches "${match.service.name}"`,
        },
        data: { service: name, entry: item.entry, linked: linked.service.name, matched: match.service.name },
      });
    };
    (roadmap.budgets ?? []).forEach((line, index) => {
      checkItem(line, ['budgets', index]);
    });
    (roadmap.stated_totals ?? []).forEach((total, index) => {
      if (total.kind === 'budget') checkItem(total, ['stated_totals', index]);
    });
  },
});
