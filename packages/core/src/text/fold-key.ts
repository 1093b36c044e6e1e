import { normalizeText } from './normalize-text';

const combiningMarks = /\p{M}+/gu;
// "Ð" (U+00D0, eth) is the look-alike of "Đ" (U+0110) that legacy-encoding converters produce.
const dStroke = /[đð]/g;
const nonAlphanumericRuns = /[^\p{L}\p{N}]+/gu;
const foldedLetter = /^[a-z]+$/;

/**
 * The definition of the fold, applied to a whole string. {@link foldKey} takes a table-driven fast
 * path when every character is in {@link foldFirst} and falls back to this otherwise; both agree
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

// One past the last character code in the table (the Latin Extended Additional block ends at U+1EFF).
const tableEnd = 0x1f00;
const space = 0x20;

/**
 * Character code → folded ASCII code (0: not in the table), for ASCII and the precomposed Latin
 * letters (which covers the whole Vietnamese alphabet in NFC). ASCII non-alphanumerics map to a
 * space. A few ligatures fold to two letters ("ĳ" → "ij", "ǆ" → "dz"): their second letter is in
 * {@link foldSecond}. Computed from {@link foldKeyGeneric} itself so the two cannot disagree.
 */
const foldFirst = new Uint16Array(tableEnd);
const foldSecond = new Uint16Array(tableEnd);
(() => {
  const put = (code: number, folded: string): void => {
    foldFirst[code] = folded.charCodeAt(0);
    if (folded.length > 1) foldSecond[code] = folded.charCodeAt(1);
  };
  for (let code = 0; code < 0x80; code += 1) {
    const folded = foldKeyGeneric(`a${String.fromCharCode(code)}a`);
    put(code, folded === 'a a' ? ' ' : folded.slice(1, -1));
  }
  const ranges = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const;
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code += 1) {
      const folded = foldKeyGeneric(String.fromCharCode(code));
      if (foldedLetter.test(folded) && folded.length <= 2) put(code, folded);
    }
  }
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

// The key is collected as character codes and made into a string once. Appending to a string instead
// (`key += folded`) makes V8 keep the key as a chain of pieces (a "rope") until it is first read:
// several times the memory, and about 3× the garbage-collection time when 120 000 keys are kept
// (reported by the @egov/procedures duplicate finder). String.fromCharCode gives a flat string. The codes
// go to one array reused by every call (JavaScript runs one call at a time): a new array per key, grown
// push by push, was most of the memory allocated when 100 000 roadmap entries were identified.
const codes: number[] = [];

function foldWithTable(text: string): string | undefined {
  codes.length = 0;
  let pendingSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const folded = code < tableEnd ? (foldFirst[code] ?? 0) : 0;
    if (folded === 0) return undefined;
    if (folded === space) {
      pendingSpace = codes.length > 0;
    } else {
      if (pendingSpace) codes.push(space);
      pendingSpace = false;
      codes.push(folded);
      const second = foldSecond[code] ?? 0;
      if (second !== 0) codes.push(second);
    }
  }
  return fromCharCodes(codes);
}

// Spreading passes every code as one argument and engines cap the number of arguments (Node 20 throws a
// RangeError past about 125 000 on its default stack), so long texts are converted in chunks; joining
// them gives a flat string too.
const maxArguments = 8192;

function fromCharCodes(list: number[]): string {
  // eslint-disable-next-line no-restricted-syntax -- bounded: at most maxArguments items
  if (list.length <= maxArguments) return String.fromCharCode.apply(null, list);
  const chunks: string[] = [];
  for (let start = 0; start < list.length; start += maxArguments) {
    // eslint-disable-next-line no-restricted-syntax -- bounded: chunks of maxArguments items
    chunks.push(String.fromCharCode.apply(null, list.slice(start, start + maxArguments)));
  }
  return chunks.join('');
}
