import { EgovError } from '../errors/egov-error';

// Scratch buffers reused across calls (grown on demand) so that millions of comparisons in a
// deduplication run do not allocate. Private to this module; JavaScript runs one call at a time.
let codesA = new Int32Array(64);
let codesB = new Int32Array(64);
let previousRow = new Int32Array(65);
let currentRow = new Int32Array(65);

/**
 * The Levenshtein edit distance between two strings: the least number of single-character
 * insertions, deletions and substitutions turning one into the other. Characters are Unicode code
 * points (an emoji counts as one); no normalisation is applied, so compare {@link foldKey}s or
 * {@link normalizeText}ed strings.
 *
 * With `maxDistance`, only a band of the table is computed (O(maxDistance · length) instead of
 * O(length²)) and the computation stops as soon as the distance is known to exceed it; the result is
 * then `maxDistance + 1`. Use it when only "close enough?" matters.
 *
 * @param a - First string.
 * @param b - Second string.
 * @param maxDistance - Optional cutoff, a non-negative integer or `Infinity` (default).
 * @returns The distance, or `maxDistance + 1` when the distance is larger than `maxDistance`.
 * @throws {EgovError} `invalid-argument` when `maxDistance` is negative, fractional or NaN.
 * @example
 * ```ts
 * levenshteinDistance('cap phep', 'gap phep'); // 1
 * levenshteinDistance('kinh doanh', 'xay dung'); // 7
 * levenshteinDistance('kinh doanh', 'xay dung', 3); // 4 (more than 3)
 * ```
 */
export function levenshteinDistance(a: string, b: string, maxDistance = Infinity): number {
  if (!(maxDistance >= 0) || (maxDistance !== Infinity && !Number.isInteger(maxDistance))) {
    throw new EgovError({
      code: 'invalid-argument',
      message: `Expected maxDistance to be a non-negative integer or Infinity, found ${String(maxDistance)}`,
    });
  }
  if (a === b) return 0;
  const lengthA = loadCodePoints(a, 'a');
  const lengthB = loadCodePoints(b, 'b');
  let s = codesA;
  let t = codesB;
  let n = lengthA;
  let m = lengthB;
  if (n > m) {
    [s, t, n, m] = [t, s, m, n];
  }
  // s is the shorter string. Common prefix and suffix never change the distance.
  let start = 0;
  while (start < n && s[start] === t[start]) start += 1;
  while (n > start && s[n - 1] === t[m - 1]) {
    n -= 1;
    m -= 1;
  }
  n -= start;
  m -= start;

  const limit = Math.min(maxDistance, m);
  if (m - n > limit) return limit + 1;
  if (n === 0) return m;

  const over = limit + 1;
  if (previousRow.length < n + 1) {
    previousRow = new Int32Array(2 * (n + 1));
    currentRow = new Int32Array(2 * (n + 1));
  }
  let previous = previousRow;
  let current = currentRow;
  for (let i = 0; i <= n; i += 1) previous[i] = i <= limit ? i : over;

  for (let j = 1; j <= m; j += 1) {
    const low = Math.max(1, j - limit);
    const high = Math.min(n, j + limit);
    current[low - 1] = low === 1 && j <= limit ? j : over;
    let rowMin = current[low - 1] ?? over;
    const charT = t[start + j - 1];
    for (let i = low; i <= high; i += 1) {
      const substitution = (previous[i - 1] ?? over) + (s[start + i - 1] === charT ? 0 : 1);
      const deletion = (previous[i] ?? over) + 1;
      const insertion = (current[i - 1] ?? over) + 1;
      let value = substitution < deletion ? substitution : deletion;
      if (insertion < value) value = insertion;
      if (value > over) value = over;
      current[i] = value;
      if (value < rowMin) rowMin = value;
    }
    if (high < n) current[high + 1] = over;
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  const distance = previous[n] ?? over;
  return distance > limit ? over : distance;
}

/** Copies the code points of `text` into the named scratch buffer; returns how many there are. */
function loadCodePoints(text: string, buffer: 'a' | 'b'): number {
  let target = buffer === 'a' ? codesA : codesB;
  if (target.length < text.length) {
    target = new Int32Array(2 * text.length);
    if (buffer === 'a') codesA = target;
    else codesB = target;
  }
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        target[length] = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        length += 1;
        index += 1;
        continue;
      }
    }
    target[length] = code;
    length += 1;
  }
  return length;
}
