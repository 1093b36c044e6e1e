import { judgeStatedFigure, safeParseStatedFigure } from '@egov/core';
import { definePlanRule } from '../plan-rule';
import { planFigures } from '../plan-figures';

/**
 * `plan/parts-sum-mismatch`: the parts of a stated figure do not add up to it ("Tổng số tài khoản đã cấp
 * 58; (41 …, 05 …, 01 …, 11 …)" must give 58). The parts add up to `value`, or to `of` when
 * `parts_add_up_to` is `of`. When some parts have no value, only a known sum above the total is reported. A
 * total printed with a qualifier ("trên 120") is judged by its reading, and the message says which.
 *
 * @example
 * ```ts
 * partsSumMismatch.defaultSeverity; // "error"
 * ```
 */
export const partsSumMismatch = definePlanRule({
  id: 'plan/parts-sum-mismatch',
  defaultSeverity: 'error',
  description: {
    vi: 'Các thành phần của một số liệu không cộng lại bằng số tổng đã nêu',
    en: 'The parts of a stated figure do not add up to it',
  },
  check: ({ plan, report }) => {
    for (const { figure, path } of planFigures(plan)) {
      const parts = figure.parts ?? [];
      if (parts.length === 0) continue;
      const field = figure.parts_add_up_to ?? 'value';
      const total = field === 'of' ? figure.of : figure.value;
      if (total === undefined) continue;
      const known = parts.flatMap((part) => (part.value === undefined ? [] : [part.value]));
      const sum = known.reduce((a, b) => a + b, 0);
      const complete = known.length === parts.length;
      // A total printed with a qualifier ("trên 120", "khoảng 60") is judged by its reading.
      const printed = field === 'value' && figure.printed !== undefined ? safeParseStatedFigure(figure.printed, { notation: 'vi' }) : undefined;
      if (complete && printed?.ok === true && printed.value.reading !== 'exact') {
        const judged = judgeStatedFigure(printed.value, sum);
        if (!judged.holds) {
          report({
            path: [...path, field],
            message: {
              vi: `Các thành phần của "${figure.label ?? figure.id ?? printed.value.printed}" cộng lại được ${String(sum)}; ${judged.message.vi}`,
              en: `The parts of "${figure.label ?? figure.id ?? printed.value.printed}" add up to ${String(sum)}; ${judged.message.en}`,
            },
            data: { total: printed.value.printed, sum, parts: known, complete, reading: printed.value.reading },
          });
        }
        continue;
      }
      if (complete ? sum === total : sum <= total) continue;
      const name = figure.label ?? figure.id ?? figure.printed ?? String(total);
      report({
        path: [...path, field],
        message: complete
          ? {
              vi: `Các thành phần của "${name}" cộng lại được ${String(sum)}, khác với số tổng ${String(total)}`,
              en: `The parts of "${name}" add up to ${String(sum)}, not to the stated ${String(total)}`,
            }
          : {
              vi: `Các thành phần đã biết của "${name}" cộng lại được ${String(sum)}, vượt số tổng ${String(total)}`,
              en: `The known parts of "${name}" already add up to ${String(sum)}, more than the stated ${String(total)}`,
            },
        data: { total, sum, parts: known, complete },
      });
    }
  },
});
