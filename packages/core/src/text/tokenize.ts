import { foldKey } from './fold-key';

/**
 * Splits a text into folded word tokens: the syllables of {@link foldKey}, in order, duplicates kept.
 * Punctuation and whitespace separate tokens; no stopwords are removed.
 *
 * @param text - Any string.
 * @returns The tokens; an empty array when the text has no letter or digit.
 * @example
 * ```ts
 * tokenize('Cấp, đổi giấy phép lái xe'); // ["cap", "doi", "giay", "phep", "lai", "xe"]
 * tokenize(' – '); // []
 * ```
 */
export function tokenize(text: string): string[] {
  const key = foldKey(text);
  return key === '' ? [] : key.split(' ');
}
