import { Amount, formatAmount, safeWordsToAmount, type NumberNotation } from '@egov/budget';
import type { PointerSegment } from '@egov/core';
import { readBudgetFigure } from './read-budget-amount';
import type { RuleReport } from './rule';

const show = (dong: bigint): string => formatAmount(Amount.fromDong(dong));

/** A stated budget total with its amount in words, as roadmaps and plans print it. */
export interface WordsTotal {
  readonly value: string | number;
  readonly unit?: string | undefined;
  readonly in_words?: string | undefined;
}

/**
 * Checks a budget total's amount in words against its figure: the words must read back, with
 * `@egov/budget`, to exactly the printed amount; for a figure printed with a qualifier ("hơn 5 tỷ đồng")
 * the words must give the amount printed after the qualifier, and the message says so. A figure that cannot
 * be read is left to the total rules; a range has no single amount to compare. Shared by
 * `roadmap/budget-words-mismatch` and `plan/budget-words-mismatch`.
 *
 * @internal
 */
export function checkBudgetWords(total: WordsTotal, path: readonly PointerSegment[], notation: NumberNotation): RuleReport | undefined {
  if (total.in_words === undefined) return undefined;
  const wordsPath = [...path, 'in_words'];
  const words = safeWordsToAmount(total.in_words, { path: wordsPath });
  if (!words.ok) {
    return { path: wordsPath, message: words.error.message, data: { reason: words.error.ruleId, words: total.in_words } };
  }
  const figure = readBudgetFigure(total.value, total.unit, { notation, path: [...path, 'value'] });
  if (!figure.ok || figure.value.reading === 'range') return undefined;
  const stated = figure.value.amount.amount.toBigInt();
  const read = words.value.toBigInt();
  if (read === stated) return undefined;
  const printed = `${String(total.value)}${total.unit === undefined ? '' : ` ${total.unit}`}`;
  const qualified = figure.value.reading !== 'exact';
  return {
    path: wordsPath,
    message: {
      vi: `Số tiền bằng chữ "${total.in_words}" là ${show(read)}, khác số tiền bằng số ${printed} (${qualified ? `số in sau "${figure.value.qualifier ?? ''}": ` : ''}${show(stated)}); chênh lệch ${show(read - stated)}`,
      en: `The amount in words "${total.in_words}" is ${show(read)}, not the figure ${printed} (${qualified ? `the amount printed after "${figure.value.qualifier ?? ''}": ` : ''}${show(stated)}); difference ${show(read - stated)}`,
    },
    data: {
      stated: stated.toString(),
      words: read.toString(),
      difference: (read - stated).toString(),
      printed,
      ...(qualified ? { reading: figure.value.reading } : {}),
    },
  };
}
