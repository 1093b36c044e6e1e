import type { NumberNotation } from '@egov/budget';
import { checkBudgetWords } from './budget-words-check';
import { defineRule } from './rule';

/** Options of {@link budgetWordsMismatch}. */
export interface BudgetWordsMismatchOptions {
  /** Number notation of the figure: `auto` (default), `vi` ("15,2") or `en` ("15.2"). */
  readonly notation: NumberNotation;
}

/**
 * `roadmap/budget-words-mismatch`: a stated budget total whose amount in words (`in_words`, "Sáu tỷ đồng")
 * does not read back, with `@egov/budget`, to exactly the figure printed beside it ("6" tỷ đồng), or cannot
 * be read at all. Words are exact: "Mười lăm tỷ hai trăm triệu đồng" is 15.200.000.000 đồng, and the
 * figure "15.2" tỷ đồng must be that to the đồng. A figure that cannot be read is left to
 * `roadmap/budget-total-mismatch`. A figure printed with a qualifier ("hơn 5 tỷ đồng") is compared by the
 * amount printed after it.
 *
 * @example
 * ```ts
 * budgetWordsMismatch.defaultSeverity; // "error"
 * ```
 */
export const budgetWordsMismatch = defineRule<BudgetWordsMismatchOptions>({
  id: 'roadmap/budget-words-mismatch',
  defaultSeverity: 'error',
  description: {
    vi: 'Số tiền bằng chữ không khớp với số tiền bằng số',
    en: 'An amount in words does not match its figure',
  },
  defaultOptions: { notation: 'auto' },
  check: ({ roadmap, options, report }) => {
    (roadmap.stated_totals ?? []).forEach((total, index) => {
      if (total.kind !== 'budget') return;
      const problem = checkBudgetWords(total, ['stated_totals', index], options.notation);
      if (problem !== undefined) report(problem);
    });
  },
});
