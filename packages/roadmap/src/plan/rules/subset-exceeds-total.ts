import { definePlanRule } from '../plan-rule';
import { planFigures } from '../plan-figures';

/**
 * `plan/subset-exceeds-total`: a figure that counts a subset of another (`subset_of`) is larger than it,
 * as when more computers are connected to the Internet (55) than there are computers (43); or `subset_of`
 * names no figure of the plan.
 *
 * @example
 * ```ts
 * subsetExceedsTotal.defaultSeverity; // "error"
 * ```
 */
export const subsetExceedsTotal = definePlanRule({
  id: 'plan/subset-exceeds-total',
  defaultSeverity: 'error',
  description: {
    vi: 'Số liệu của một bộ phận lớn hơn số liệu của tổng thể',
    en: 'A figure for a subset is larger than the figure for the whole',
  },
  check: ({ plan, report }) => {
    const figures = planFigures(plan);
    const byId = new Map(figures.flatMap(({ figure }) => (figure.id === undefined ? [] : [[figure.id, figure] as const])));
    for (const { figure, path } of figures) {
      if (figure.subset_of === undefined) continue;
      const whole = byId.get(figure.subset_of);
      if (whole === undefined) {
        report({
          path: [...path, 'subset_of'],
          message: {
            vi: `Không có số liệu nào có mã "${figure.subset_of}"`,
            en: `No figure has the id "${figure.subset_of}"`,
          },
          data: { subset_of: figure.subset_of },
        });
        continue;
      }
      if (figure.value === undefined || whole.value === undefined || figure.value <= whole.value) continue;
      const name = figure.label ?? figure.id ?? String(figure.value);
      const wholeName = whole.label ?? figure.subset_of;
      report({
        path: [...path, 'value'],
        message: {
          vi: `"${name}" là ${String(figure.value)}, lớn hơn tổng thể "${wholeName}" là ${String(whole.value)}`,
          en: `"${name}" is ${String(figure.value)}, more than the whole "${wholeName}" (${String(whole.value)})`,
        },
        data: { value: figure.value, whole: whole.value, subset_of: figure.subset_of },
      });
    }
  },
});
