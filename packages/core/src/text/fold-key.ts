import { normalizeText } from './normalize-text';

const combiningMarks = /\p{M}+/gu;
// "Ð" (U+00D0, eth) is the look-alike of "Đ" (U+0110) that legacy-encoding converters produce.
const dStroke = /[đð]/g;
const nonAlphanumericRuns = /[^\p{L}\p{N}]+/gu;
const foldedLetter = /^[a-z]+$/;

/**
 * The definition of the fold, applied to a whole string. {@link foldKey} takes a table-driven fast
 * path when every character is in {@link fastFold} and falls back to this otherwise; both agree
 * (tested). Compatibility decomposition (NFKD) also folds full-width forms and ligatures; it runs
 * again after lower-casing because lower-casing can create decomposable characters ("İ" → "i̇").
 *
 * @internal
 */
export function foldKeyGeneric(normalized: string): string {
  return normalized
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .replace(dStroke, 'd')
    .replace(nonAlphanumericRuns, ' ')
    .trim();
}

/**
 * Character code → folded ASCII, for ASCII and the precomposed Latin letters (which covers the whole
 * Vietnamese alphabet in NFC). ASCII non-alphanumerics map to a space. Computed from
 * {@link foldKeyGeneric} itself so the two cannot disagree.
 */
const fastFold: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = [];
  for (let code = 0; code < 0x80; code += 1) {
    const folded = foldKeyGeneric(`a${String.fromCharCode(code)}a`);
    table[code] = folded === 'a a' ? ' ' : folded.slice(1, -1);
  }
  const ranges = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const;
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code += 1) {
      const folded = foldKeyGeneric(String.fromCharCode(code));
      if (foldedLetter.test(folded)) table[code] = folded;
    }
  }
  return table;
})();

/**
 * The matching key of a text: {@link normalizeText}, lower-cased (locale-independent), every
 * diacritic removed (tones and vowel marks: "ấ" → "a", "ư" → "u"), "đ"/"Đ" → "d", every character
 * that is not a letter or a digit replaced by a space, spaces collapsed and trimmed.
 *
 * Two names that differ only by case, spacing, punctuation, Unicode form (NFC or NFD), tone-mark
 * placement ("Hoà"/"Hòa") or diacritics get the same key. Diacritics carry meaning ("Cấp"/"Cắp"),
 * so use the key to find candidates, and {@link spellingKey} or {@link nameSimilarity} to decide.
 * Idempotent; never throws.
 *
 * @param text - Any string.
 * @returns The folded key: lower-case letters, digits and single spaces.
 * @example
 * ```ts
 * foldKey('Sở Thông tin và Truyền thông'); // "so thong tin va truyen thong"
 * foldKey('ĐĂNG KÝ tạm trú, tạm vắng'); // "dang ky tam tru tam vang"
 * foldKey('Khánh Hoà') === foldKey('Khánh Hòa'); // true
 * ```
 */
export function foldKey(text: string): string {
  // Text made only of table characters is unchanged by normalizeText except for whitespace, which the
  // table folds anyway; anything else (NFD marks, NBSP, zero-width characters) is normalised first.
  const key = foldWithTable(text);
  if (key !== undefined) return key;
  const normalized = normalizeText(text);
  return foldWithTable(normalized) ?? foldKeyGeneric(normalized);
}

function foldWithTable(text: string): string | undefined {
  let key = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const folded = fastFold[text.charCodeAt(index)];
    if (folded === undefined) return undefined;
    if (folded === ' ') {
      pendingSpace = key.length > 0;
    } else {
      if (pendingSpace) key += ' ';
      pendingSpace = false;
      key += folded;
    }
  }
  return key;
}
