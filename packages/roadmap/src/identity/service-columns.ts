import { keyHistogramBin, keyHistogramBins } from '@egov/core';

/** What a row holds of a key: the key, its tokens and their {@link tokenSignature}. */
export interface KeyShape {
  readonly key: string;
  /** Token numbers, sorted, with repeats. */
  readonly sorted: readonly number[];
  /** Length of the longest token, at least 1. */
  readonly longestToken: number;
  readonly signature: TokenSignature;
}

/** See {@link tokenSignature}. */
export interface TokenSignature {
  readonly low: number;
  readonly high: number;
  readonly overlaps: number;
}

/**
 * What the near-match scan reads of a service, in flat typed arrays ("columns", one row per service):
 * key length, token count, longest token, a 64-bit signature of its tokens, the character histogram of its
 * key and its sorted token numbers. The scan reads these for every candidate and skips most of them, so
 * they sit in contiguous memory instead of one object per service.
 *
 * The same layout serves the table of all services (rows in the order services were added, growing) and
 * the fixed candidate groups (a copy of some rows, sorted by key length), so one scan reads both.
 */
export class ServiceColumns {
  /** Rows in use. */
  count = 0;
  /** Service id of each row. */
  ids: Int32Array;
  lengths: Int32Array;
  tokenCounts: Int32Array;
  longestTokens: Int32Array;
  /** Two 32-bit words per row: bit `t mod 64` is set for every token number `t` of the key. */
  signatures: Int32Array;
  /** Token count minus the number of signature bits set: the tokens that share a bit with another. */
  overlaps: Int32Array;
  /** {@link keyHistogramBins} character counts per row, saturated at 255 (which only loosens the bound). */
  histograms: Uint8Array;
  /** Sorted token numbers of row `k` from `tokenStarts[k]` to `tokenStarts[k + 1]`. */
  tokenStarts: Int32Array;
  tokens: Int32Array;

  constructor(capacity = 1024, tokenCapacity = capacity * 8) {
    this.ids = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.tokenCounts = new Int32Array(capacity);
    this.longestTokens = new Int32Array(capacity);
    this.signatures = new Int32Array(2 * capacity);
    this.overlaps = new Int32Array(capacity);
    this.histograms = new Uint8Array(capacity * keyHistogramBins);
    this.tokenStarts = new Int32Array(capacity + 1);
    this.tokens = new Int32Array(tokenCapacity);
  }

  /**
   * Appends a row.
   *
   * @param id - The service id.
   * @param shape - Its key, tokens and signature.
   */
  push(id: number, shape: KeyShape): void {
    const { key, sorted: sortedTokens, longestToken, signature } = shape;
    const row = this.count;
    const start = this.tokenStarts[row] ?? 0;
    this.reserve(row + 1, start + sortedTokens.length);
    this.ids[row] = id;
    this.lengths[row] = key.length;
    this.tokenCounts[row] = sortedTokens.length;
    this.longestTokens[row] = longestToken;
    this.signatures[2 * row] = signature.low;
    this.signatures[2 * row + 1] = signature.high;
    this.overlaps[row] = signature.overlaps;
    for (let k = 0; k < sortedTokens.length; k += 1) this.tokens[start + k] = sortedTokens[k] ?? 0;
    fillHistogram(this.histograms, row * keyHistogramBins, key);
    this.tokenStarts[row + 1] = start + sortedTokens.length;
    this.count = row + 1;
  }

  /**
   * Copies rows of another table, in the given order.
   *
   * @param source - The table to copy from.
   * @param rows - Rows of `source`.
   * @returns A new table of those rows.
   */
  static gather(source: ServiceColumns, rows: readonly number[]): ServiceColumns {
    let tokenTotal = 0;
    for (const row of rows) tokenTotal += source.tokenCounts[row] ?? 0;
    const target = new ServiceColumns(rows.length, tokenTotal);
    let tokenAt = 0;
    rows.forEach((row, k) => {
      target.ids[k] = source.ids[row] ?? 0;
      target.lengths[k] = source.lengths[row] ?? 0;
      target.tokenCounts[k] = source.tokenCounts[row] ?? 0;
      target.longestTokens[k] = source.longestTokens[row] ?? 1;
      target.signatures[2 * k] = source.signatures[2 * row] ?? 0;
      target.signatures[2 * k + 1] = source.signatures[2 * row + 1] ?? 0;
      target.overlaps[k] = source.overlaps[row] ?? 0;
      target.histograms.set(source.histograms.subarray(row * keyHistogramBins, (row + 1) * keyHistogramBins), k * keyHistogramBins);
      const start = source.tokenStarts[row] ?? 0;
      const end = source.tokenStarts[row + 1] ?? 0;
      target.tokens.set(source.tokens.subarray(start, end), tokenAt);
      tokenAt += end - start;
      target.tokenStarts[k + 1] = tokenAt;
    });
    target.count = rows.length;
    return target;
  }

  private reserve(rows: number, tokens: number): void {
    if (rows > this.ids.length) {
      const capacity = Math.max(rows, 2 * this.ids.length);
      this.ids = grow(this.ids, capacity);
      this.lengths = grow(this.lengths, capacity);
      this.tokenCounts = grow(this.tokenCounts, capacity);
      this.longestTokens = grow(this.longestTokens, capacity);
      this.signatures = grow(this.signatures, 2 * capacity);
      this.overlaps = grow(this.overlaps, capacity);
      this.tokenStarts = grow(this.tokenStarts, capacity + 1);
      const histograms = new Uint8Array(capacity * keyHistogramBins);
      histograms.set(this.histograms);
      this.histograms = histograms;
    }
    if (tokens > this.tokens.length) this.tokens = grow(this.tokens, Math.max(tokens, 2 * this.tokens.length));
  }
}

/**
 * The 64-bit signature of a key's tokens (bit `t mod 64` set for each token number `t`, as two 32-bit
 * words) and how many tokens share a bit with another: two keys share at most one token per bit both set,
 * plus the fewer of their overlaps.
 *
 * @param tokens - Token numbers of a key.
 * @returns The signature's words and the overlap count.
 */
export function tokenSignature(tokens: readonly number[]): TokenSignature {
  let low = 0;
  let high = 0;
  for (const token of tokens) {
    if ((token & 63) < 32) low |= 1 << (token & 31);
    else high |= 1 << (token & 31);
  }
  return { low, high, overlaps: tokens.length - bitCount(low) - bitCount(high) };
}

/**
 * Adds the character counts of a key to a histogram (saturating at 255).
 *
 * @param target - Histograms.
 * @param at - Where the key's {@link keyHistogramBins} bins start.
 * @param key - A folded key.
 */
export function fillHistogram(target: Uint8Array, at: number, key: string): void {
  for (let i = 0; i < key.length; i += 1) {
    const bin = at + keyHistogramBin(key.charCodeAt(i));
    const count = target[bin] ?? 0;
    if (count < 255) target[bin] = count + 1;
  }
}

/**
 * Number of bits set in a 32-bit integer.
 *
 * @param word - A 32-bit integer.
 * @returns Its population count.
 */
export function bitCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}
