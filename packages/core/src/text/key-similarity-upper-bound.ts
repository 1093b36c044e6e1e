/**
 * A cheap, sound upper bound of {@link keySimilarity}, to skip pairs that cannot reach a threshold
 * before paying for edit distances (deduplication of catalogues, near matching of service names).
 *
 * `keySimilarity` is `min(0.4 · charSim + 0.6 · tokenSim, 0.99)` for unequal keys, and:
 * - `charSim = 1 − d / longest` where `d` (as written or with sorted tokens) is at least the bag
 *   distance `max(|A \ B|, |B \ A|)` over the character multisets, since an edit changes at most one
 *   character on each side (sorting tokens does not change the multisets);
 * - `tokenSim = 2 · W / (|A| + |B|)` where W counts 1 per exactly shared token (as multisets) and, for
 *   each other pair, `1 − lev / longer token` < `1 − 1 / longest token`, of which there are at most
 *   min(|A|, |B|) − shared.
 */

/**
 * Number of bins of a {@link KeySimilarityProfile}'s character histogram: folded keys hold a–z, 0–9 and
 * spaces (one bin each); anything else shares the last bin, which only loosens the bound.
 *
 * @example
 * ```ts
 * keySimilarityProfile('cap phep').histogram.length === keyHistogramBins; // true
 * ```
 */
export const keyHistogramBins = 38;

/**
 * The histogram bin of a UTF-16 code unit of a folded key (see {@link keyHistogramBins}), for callers
 * that keep histograms in their own flat arrays.
 *
 * @param code - A code unit (`key.charCodeAt(i)`).
 * @returns The bin, in [0, {@link keyHistogramBins}).
 * @example
 * ```ts
 * keyHistogramBin('c'.charCodeAt(0)); // 2
 * keyHistogramBin(' '.charCodeAt(0)); // 36
 * ```
 */
export function keyHistogramBin(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : code === 32 ? 36 : 37;
}

/**
 * How many items two ascending lists share, as multisets: the `sharedTokens` of {@link keySimilarityBound}
 * for callers that number tokens and keep each key's sorted numbers in flat arrays (slices `[aStart,
 * aEnd)` and `[bStart, bEnd)`).
 *
 * @param a - Ascending numbers.
 * @param aStart - First index of the slice of `a`.
 * @param aEnd - One past its last index.
 * @param b - Ascending numbers.
 * @param bStart - First index of the slice of `b`.
 * @param bEnd - One past its last index.
 * @returns The number of shared items, repeats counted as often as both slices have them.
 * @example
 * ```ts
 * sharedSortedCount([1, 2, 2, 7], 0, 4, Int32Array.of(2, 2, 3, 7), 0, 4); // 3
 * ```
 */
export function sharedSortedCount(a: ArrayLike<number>, aStart: number, aEnd: number, b: ArrayLike<number>, bStart: number, bEnd: number): number {
  let shared = 0;
  for (let i = aStart, j = bStart; i < aEnd && j < bEnd; ) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** What {@link keySimilarityUpperBound} needs of a key, computed once per key by {@link keySimilarityProfile}. */
export interface KeySimilarityProfile {
  /** The key's length in UTF-16 code units. */
  readonly length: number;
  /** Character counts per {@link keyHistogramBin}. */
  readonly histogram: Uint16Array;
  /** The key's tokens (split on spaces), sorted, with repeats. */
  readonly tokens: readonly string[];
  /** Length of the longest token, at least 1. */
  readonly longestToken: number;
}

/**
 * The profile of a {@link foldKey} key, for {@link keySimilarityUpperBound}: compute it once per key when
 * each key is compared with many others.
 *
 * @param key - A folded key.
 * @returns Its length, character histogram, sorted tokens and longest token length.
 * @example
 * ```ts
 * keySimilarityProfile('phep cap').tokens; // ["cap", "phep"]
 * ```
 */
export function keySimilarityProfile(key: string): KeySimilarityProfile {
  const histogram = new Uint16Array(keyHistogramBins);
  for (let i = 0; i < key.length; i += 1) {
    const bin = keyHistogramBin(key.charCodeAt(i));
    histogram[bin] = (histogram[bin] ?? 0) + 1;
  }
  const tokens = key.split(' ').sort();
  let longestToken = 1;
  for (const token of tokens) if (token.length > longestToken) longestToken = token.length;
  return { length: key.length, histogram, tokens, longestToken };
}

/** The counts from which {@link keySimilarityBound} computes the bound. */
export interface KeySimilarityBoundCounts {
  /** The longer key's length (more than 0). */
  readonly longest: number;
  /** Bag distance of the keys' characters: max(|A \ B|, |B \ A|), or any lower bound of it. */
  readonly bagDistance: number;
  /** Tokens the keys share exactly, as multisets (or any upper bound of it up to the smaller count). */
  readonly sharedTokens: number;
  /** Token count of one key. */
  readonly tokensA: number;
  /** Token count of the other key. */
  readonly tokensB: number;
  /** Length of the longest token of either key, at least 1. */
  readonly longestToken: number;
}

/**
 * The formula of {@link keySimilarityUpperBound} from counts, for hot loops that count characters and
 * shared tokens in their own flat arrays: `0.4 · (1 − bagDistance / longest) + 0.6 · 2 · (shared +
 * (min(tokensA, tokensB) − shared) · (1 − 1 / longestToken)) / (tokensA + tokensB)`. The same counts give
 * the same number as {@link keySimilarityUpperBound}.
 *
 * @param counts - Lengths, bag distance and token counts of the two keys.
 * @returns A number never below the `keySimilarity` of keys with these counts.
 * @example
 * ```ts
 * // "cap phep" / "gap phep": 8 characters, one differs; "phep" shared of 2 + 2 tokens, longest 4.
 * keySimilarityBound({ longest: 8, bagDistance: 1, sharedTokens: 1, tokensA: 2, tokensB: 2, longestToken: 4 }); // 0.875
 * ```
 */
export function keySimilarityBound(counts: KeySimilarityBoundCounts): number {
  const { longest, bagDistance, sharedTokens, tokensA, tokensB, longestToken } = counts;
  const charUpper = 1 - bagDistance / longest;
  const partial = 1 - 1 / longestToken;
  const tokenUpper = (2 * (sharedTokens + (Math.min(tokensA, tokensB) - sharedTokens) * partial)) / (tokensA + tokensB);
  return 0.4 * charUpper + 0.6 * tokenUpper;
}

/**
 * An upper bound of {@link keySimilarity} of two {@link foldKey} keys that costs no edit distance: a
 * pair whose bound is below a threshold cannot reach it, so it need not be scored. Sound for every pair
 * of strings (the bound is never below the true similarity); tight for equal keys (1).
 *
 * @param a - A key, or its {@link keySimilarityProfile} (faster when a key is compared many times).
 * @param b - Another key or profile.
 * @returns A number (at most 1) never below `keySimilarity(a, b)`.
 * @example
 * ```ts
 * keySimilarityUpperBound('cap phep', 'gap phep'); // 0.875 (keySimilarity: 0.85)
 * const water = keySimilarityProfile(foldKey('Cấp phép và khai thác nguồn nước'));
 * keySimilarityUpperBound(water, keySimilarityProfile(foldKey('Đăng kí nội quy lao động'))) < 0.9; // true: skip
 * ```
 */
export function keySimilarityUpperBound(a: string | KeySimilarityProfile, b: string | KeySimilarityProfile): number {
  const profileA = typeof a === 'string' ? keySimilarityProfile(a) : a;
  const profileB = typeof b === 'string' ? keySimilarityProfile(b) : b;
  const longest = Math.max(profileA.length, profileB.length);
  if (longest === 0) return 1;
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < keyHistogramBins; i += 1) {
    const difference = (profileA.histogram[i] ?? 0) - (profileB.histogram[i] ?? 0);
    if (difference > 0) plus += difference;
    else minus -= difference;
  }
  let shared = 0;
  for (let i = 0, j = 0; i < profileA.tokens.length && j < profileB.tokens.length; ) {
    const x = profileA.tokens[i] ?? '';
    const y = profileB.tokens[j] ?? '';
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return keySimilarityBound({
    longest,
    bagDistance: Math.max(plus, minus),
    sharedTokens: shared,
    tokensA: profileA.tokens.length,
    tokensB: profileB.tokens.length,
    longestToken: Math.max(profileA.longestToken, profileB.longestToken),
  });
}
