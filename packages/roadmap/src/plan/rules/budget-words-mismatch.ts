import { checkBudgetWords } from '../../rules/budget-words-check';
import { definePlanRule } from '../plan-rule';
import { planFigures } from '../plan-figures';

// A figure printed with its own money unit ("hơn 22 tỷ đồng") is read from the printed text alone.
const printsMoney = (printed: string): boolean => /đồng|dong/i.test(printed.normalize('NFC'));

/**
 * `plan/budget-words-mismatch`: a budget total the plan states (`funding.stated_totals` of kind `budget`, or a
 * figure with `in_words`, as news reports and summaries print amounts)
 * whose amount in words does not read back, with `@egov/budget`, to exactly its figure ("6 tỷ đồng" beside
 * "Sáu tỷ đồng"), or cannot be read at all; the check `roadmap/budget-words-mismatch` makes for roadmaps.
 * A figure printed with a qualifier ("hơn 5 tỷ đồng") is compared by the amount printed after it, and the
 * message says so. The notation of the figure is decided from the text (`auto`).
 *
 * @example
 * ```ts
 * planBudgetWordsMismatch.id; // "plan/budget-words-mismatch"
 * ```
 */
export const planBudgetWordsMismatch = definePlanRule({
  id: 'plan/budget-words-mismatch',
  defaultSeverity: 'error',
  description: {
    vi: 'Số tiền bằng chữ của kế hoạch không khớp với số tiền bằng số',
    en: 'An amount in words of the plan does not match its figure',
  },
  check: ({ plan, report }) => {
    (plan.funding?.stated_totals ?? []).forEach((total, index) => {
      if (total.kind !== 'budget') return;
      const problem = checkBudgetWords(total, ['funding', 'stated_totals', index], 'auto');
      if (problem !== undefined) report(problem);
    });
    for (const { figure, path } of planFigures(plan)) {
      if (figure.in_words === undefined) continue;
      const printed = figure.printed;
      const total =
        printed !== undefined && printsMoney(printed)
          ? { value: printed, in_words: figure.in_words }
          : { value: printed ?? figure.value ?? '', unit: figure.unit, in_words: figure.in_words };
      const problem = checkBudgetWords(total, path, 'auto');
      if (problem !== undefined) report(problem);
    }
  },
});
