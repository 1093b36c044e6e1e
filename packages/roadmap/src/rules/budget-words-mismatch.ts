import { Amount, formatAmount, safeWordsToAmount, type NumberNotation } from '@egov/budget';
import { readBudgetAmount } from './read-budget-amount';
import { defineRule } from './rule';

/** Options of {@link budgetWordsMismatch}. */
export interface BudgetWordsMismatchOptions {
  /** Number notation of the figure: `auto` (default), `vi` ("15,2") or `en` ("15.2"). */
  readonly notation: NumberNotation;
}

const show = (dong: bigint): string => formatAmount(Amount.fromDong(dong));

/**
 * `roadmap/budget-words-mismatch`: a stated budget total whose amount in words (`in_words`, "Sáu tỷ đồng")
 * does not read back, with `@egov/budget`, to exactly the figure printed beside it ("6" tỷ đồng), or cannot
 * be read at all. Words are exact: "Mười lăm tỷ hai trăm triệu đồng" is 15.200.000.000 đồng, and the
 * figure "15.2" tỷ đồng must be that to the đồng. A figure that cannot be read is left to
 * `roadmap/budget-total-mismatch`.
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
      if (total.kind !== 'budget' || total.in_words === undefined) return;
      const path = ['stated_totals', index, 'in_words'];
      const words = safeWordsToAmount(total.in_words, { path });
      if (!words.ok) {
        report({
          path,
          message: words.error.message,
          data: { reason: words.error.ruleId, words: total.in_words },
        });
        return;
      }
      const figure = readBudgetAmount(total.value, total.unit, { notation: options.notation, path: ['stated_totals', index, 'value'] });
      if (!figure.ok) return;
      const stated = figure.value.amount.toBigInt();
      const read = words.value.toBigInt();
      if (read === stated) return;
      const printed = `${String(total.value)}${total.unit === undefined ? '' : ` ${total.unit}`}`;
      report({
        path,
        message: {
          vi: `Số tiền bằng chữ "${total.in_words}" là ${show(read)}, khác số tiền bằng số ${printed} (${show(stated)}); chênh lệch ${show(read - stated)}`,
          en: `The amount in words "${total.in_words}" is ${show(read)}, not the figure ${printed} (${show(stated)}); difference ${show(read - stated)}`,
        },
        data: { stated: stated.toString(), words: read.toString(), difference: (read - stated).toString(), printed },
      });
    });
  },
});
