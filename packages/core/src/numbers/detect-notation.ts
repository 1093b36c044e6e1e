import { safeParseVietnameseNumber } from './safe-parse-vietnamese-number';

/** What {@link detectNotation} found in a column of numbers written as text. */
export interface NotationEvidence {
  /**
   * `vi` or `en` when the cells show it and none contradicts it; `either` when every cell reads the same
   * in both ("8", "1.234.567,5" is `vi`); `ambiguous` when some cells read differently in the two
   * notations ("1.234": 1234 or 1,234?) and no cell decides; `mixed` when cells show both.
   */
  readonly status: 'vi' | 'en' | 'either' | 'ambiguous' | 'mixed';
  /** The notation to read the column with: the one detected, else `undefined`. */
  readonly notation?: 'vi' | 'en';
  /** Indexes (into the input) of the cells that read differently in the two notations. */
  readonly ambiguous: readonly number[];
  /** An index of a cell showing each notation, for messages. */
  readonly evidence: { readonly vi?: number; readonly en?: number };
}

function reading(text: string, notation: 'vi' | 'en'): string | undefined {
  const parsed = safeParseVietnameseNumber(text, { notation });
  if (!parsed.ok) return undefined;
  const value = parsed.value;
  return value.kind === 'ratio' ? `${value.numerator}/${value.denominator}` : value.decimal;
}

/**
 * Detects the decimal notation of one column of numbers written as text, once for the whole column:
 * Vietnamese "1.234,5" (dot groups thousands, comma marks decimals) or English "1,234.5". A cell that
 * reads only one way ("15,2", "0.7531", "1.234.567") decides; cells that read the same either way ("8")
 * say nothing; a column whose only separators are ambiguous ("1.234", "15.200") is `ambiguous`, to be
 * reported once and settled by the user (`notation`), not guessed per cell.
 *
 * @param texts - The column's non-empty cells that are text (numbers stored as numbers need no notation).
 * @returns The evidence: the notation to use, or why there is none.
 * @example
 * ```ts
 * detectNotation(['0.7531', '0.8654']).notation; // "en"
 * detectNotation(['15,2', '8']).notation; // "vi"
 * detectNotation(['1.234', '8']).status; // "ambiguous"
 * ```
 */
export function detectNotation(texts: readonly string[]): NotationEvidence {
  const ambiguous: number[] = [];
  let vi: number | undefined;
  let en: number | undefined;
  texts.forEach((text, index) => {
    const asVi = reading(text, 'vi');
    const asEn = reading(text, 'en');
    if (asVi !== undefined && asEn === undefined) vi ??= index;
    else if (asEn !== undefined && asVi === undefined) en ??= index;
    else if (asVi !== undefined && asEn !== undefined && asVi !== asEn) ambiguous.push(index);
  });
  const evidence = { ...(vi === undefined ? {} : { vi }), ...(en === undefined ? {} : { en }) };
  if (vi !== undefined && en !== undefined) return { status: 'mixed', ambiguous, evidence };
  if (vi !== undefined) return { status: 'vi', notation: 'vi', ambiguous, evidence };
  if (en !== undefined) return { status: 'en', notation: 'en', ambiguous, evidence };
  return { status: ambiguous.length > 0 ? 'ambiguous' : 'either', ambiguous, evidence };
}
