/**
 * A cheap, sound upper bound of `keySimilarity` (from `@egov/core`), to skip candidates that cannot reach
 * a threshold before paying for edit distances. `keySimilarity` is `min(0.4 · charSim + 0.6 · tokenSim,
 * 0.99)` (documented in its TSDoc), and:
 * - `charSim = 1 − d / longest` where `d` (as written or with sorted tokens) is at least the bag distance,
 *   max(|A \ B|, |B \ A|) over the character multisets, since an edit changes at most one character on
 *   each side;
 * - `tokenSim = 2 · W / (|A| + |B|)` where W counts 1 per exactly shared token (as multisets) and less than
 *   `1 − 1 / longest token` for each other pair, of which there are at most min(|A|, |B|) − shared.
 * The same bound is used by the duplicate detection of `@egov/procedures`.
 */

/**
 * Number of bins of a {@link KeyProfile}'s histogram: folded keys hold a–z, 0–9 and spaces; anything else
 * shares one bin, which only lowers the bound.
 *
 * @example
 * ```ts
 * keyProfile('cap phep').histogram.length === histogramBins; // true
 * ```
 */
export const histogramBins = 38;
const bins = histogramBins;

/** What {@link similarityUpperBound} needs of a key, computed once per key. */
export interface KeyProfile {
  readonly length: number;
  readonly histogram: Uint16Array;
  /** The key's tokens, sorted (with repeats). */
  readonly tokens: readonly string[];
  readonly longestToken: number;
}

/**
 * The profile of a folded key, for {@link similarityUpperBound}.
 *
 * @param key - A folded key.
 * @returns Its length, character histogram, sorted tokens and longest token length.
 * @example
 * ```ts
 * keyProfile('cap phep').tokens; // ["cap", "phep"]
 * ```
 */
export function keyProfile(key: string): KeyProfile {
  const histogram = new Uint16Array(bins);
  for (let i = 0; i < key.length; i += 1) {
    const code = key.charCodeAt(i);
    const bin = code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : code === 32 ? 36 : 37;
    histogram[bin] = (histogram[bin] ?? 0) + 1;
  }
  const tokens = key.split(' ').sort();
  let longestToken = 1;
  for (const token of tokens) if (token.length > longestToken) longestToken = token.length;
  return { length: key.length, histogram, tokens, longestToken };
}

/**
 * An upper bound of `keySimilarity` of two keys, from their profiles.
 *
 * @param a - Profile of one key.
 * @param b - Profile of the other.
 * @returns A number never below the true similarity.
 * @example
 * ```ts
 * similarityUpperBound(keyProfile('cap phep'), keyProfile('gap phep')) >= 0.93; // true
 * ```
 */
export function similarityUpperBound(a: KeyProfile, b: KeyProfile): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < bins; i += 1) {
    const difference = (a.histogram[i] ?? 0) - (b.histogram[i] ?? 0);
    if (difference > 0) plus += difference;
    else minus -= difference;
  }
  const charUpper = 1 - Math.max(plus, minus) / longest;
  return 0.4 * charUpper + 0.6 * tokenSimilarityUpperBound(a, b);
}

/**
 * The token part of {@link similarityUpperBound}: an upper bound of the token similarity of two keys.
 *
 * @param a - Profile of one key.
 * @param b - Profile of the other.
 * @returns A number in [0, 1] never below the token similarity.
 * @example
 * ```ts
 * tokenSimilarityUpperBound(keyProfile('cap phep'), keyProfile('cap phep moi')); // 0.8
 * ```
 */
export function tokenSimilarityUpperBound(a: KeyProfile, b: KeyProfile): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.tokens.length && j < b.tokens.length; ) {
    const x = a.tokens[i] ?? '';
    const y = b.tokens[j] ?? '';
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return tokenBound(shared, a.tokens.length, b.tokens.length, Math.max(a.longestToken, b.longestToken));
}

/**
 * The formula of {@link tokenSimilarityUpperBound} from its counts, for callers that count shared tokens
 * their own way (the same operations give the same number).
 *
 * @param shared - Tokens the keys share exactly (as multisets).
 * @param tokensA - Token count of one key.
 * @param tokensB - Token count of the other.
 * @param longestToken - Length of the longest token of either key (at least 1).
 * @returns The bound.
 * @example
 * ```ts
 * tokenBound(2, 2, 3, 4); // 0.8
 * ```
 */
export function tokenBound(shared: number, tokensA: number, tokensB: number, longestToken: number): number {
  const partial = 1 - 1 / longestToken;
  return (2 * (shared + (Math.min(tokensA, tokensB) - shared) * partial)) / (tokensA + tokensB);
}
