import { EgovError } from '../errors/egov-error';
import { levenshteinDistance } from './levenshtein-distance';

/** Options of {@link keySimilarity} and {@link nameSimilarity}. */
export interface SimilarityOptions {
  /**
   * Only scores of at least this value matter to the caller (a deduplication threshold, e.g. 0.85).
   * Pairs that provably cannot reach it are abandoned early and scored 0, which makes comparing many
   * pairs much faster. Scores at or above it are exact. Between 0 and 1; default 0 (always exact).
   */
  readonly minScore?: number;
}

/** Weight of the character measure; the token measure gets the rest. */
const characterWeight = 0.4;
const tokenWeight = 1 - characterWeight;
/** The best score of unequal keys, so that 1 always means "same key". */
const maxUnequal = 0.99;
/** Two different tokens count as a (partial) match only when at most half their letters differ. */
const tokenMatchThreshold = 0.5;

/**
 * The similarity of two {@link foldKey} keys, in [0, 1]; {@link nameSimilarity} without the folding,
 * for callers that compare each name many times and fold it once.
 *
 * `score = min(0.4 · charSim + 0.6 · tokenSim, 0.99)` for unequal keys, 1 for equal keys, where
 * - `charSim = 1 − d / max(|a|, |b|)` and `d` is the smaller Levenshtein distance of the keys as
 *   written and of the keys with their tokens sorted (so a typo and a word-order change each cost
 *   little; "token sort ratio");
 * - `tokenSim = 2 · W / (|A| + |B|)`, a soft Dice coefficient over the word tokens A and B: W sums,
 *   over a one-to-one pairing of tokens, 1 for equal tokens and `1 − lev(x, y) / max(|x|, |y|)` for
 *   unequal ones scoring at least 0.5 ("gap"~"cap" = 0.67); unequal tokens are paired greedily, best
 *   first, ties broken by the token texts.
 *
 * The cap keeps 1 for equal keys only: a pure word-order swap scores 0.99. The score is symmetric,
 * and 0 when exactly one key is empty.
 *
 * @param keyA - A key from {@link foldKey}.
 * @param keyB - Another key from {@link foldKey}.
 * @param options - Optional {@link SimilarityOptions} (`minScore` for early exit).
 * @returns The similarity in [0, 1].
 * @throws {EgovError} `invalid-argument` when `minScore` is outside [0, 1] or NaN.
 * @example
 * ```ts
 * keySimilarity('cap phep xay dung', 'gap phep xay dung'); // ≈ 0.93
 * keySimilarity('dang ky tam tru tam vang', 'dang ky tam vang tam tru'); // 0.99
 * keySimilarity('cap phep xay dung', 'cap phep xay dung'); // 1
 * ```
 */
export function keySimilarity(keyA: string, keyB: string, options: SimilarityOptions = {}): number {
  const minScore = options.minScore ?? 0;
  if (!(minScore >= 0 && minScore <= 1)) {
    throw new EgovError({
      code: 'invalid-argument',
      message: `Expected minScore between 0 and 1, found ${String(minScore)}`,
    });
  }
  if (keyA === keyB) return 1;
  const longest = Math.max(keyA.length, keyB.length);
  const shortest = Math.min(keyA.length, keyB.length);
  if (shortest === 0) return 0;

  // tokenSim ≤ 1 and charSim ≤ shortest / longest bound the score from above; the character
  // distance allowed follows from the score still needed. The slack keeps rounding on the safe side.
  const slack = 1e-9;
  if (characterWeight * (shortest / longest) + tokenWeight < minScore - slack) return 0;
  const neededCharSim = (minScore - tokenWeight) / characterWeight;
  const maxDistance =
    neededCharSim <= 0 ? Infinity : Math.floor((1 - neededCharSim) * longest + slack);
  const tokensA = keyA.split(' ');
  const tokensB = keyB.split(' ');
  let distance = levenshteinDistance(keyA, keyB, maxDistance);
  if (distance > 0) {
    const sortedA = tokensA.length > 1 ? [...tokensA].sort().join(' ') : keyA;
    const sortedB = tokensB.length > 1 ? [...tokensB].sort().join(' ') : keyB;
    if (sortedA !== keyA || sortedB !== keyB) {
      const sortedDistance = levenshteinDistance(sortedA, sortedB, Math.min(maxDistance, distance));
      if (sortedDistance < distance) distance = sortedDistance;
    }
  }
  if (distance > maxDistance) return 0;
  const charSim = 1 - distance / longest;

  const score = characterWeight * charSim + tokenWeight * tokenSimilarity(tokensA, tokensB);
  const bounded = Math.min(Math.max(score, 0), maxUnequal);
  return bounded < minScore ? 0 : bounded;
}

/** Soft Dice coefficient of the tokens of two non-empty keys. */
function tokenSimilarity(tokensA: readonly string[], tokensB: readonly string[]): number {
  // Exact matches first, as multisets.
  const counts = new Map<string, number>();
  for (const token of tokensA) counts.set(token, (counts.get(token) ?? 0) + 1);
  let matched = 0;
  const restB: string[] = [];
  for (const token of tokensB) {
    const count = counts.get(token) ?? 0;
    if (count > 0) {
      counts.set(token, count - 1);
      matched += 1;
    } else {
      restB.push(token);
    }
  }
  const restA: string[] = [];
  for (const [token, count] of counts) for (let i = 0; i < count; i += 1) restA.push(token);

  if (restA.length > 0 && restB.length > 0) matched += fuzzyMatchWeight(restA, restB);
  return (2 * matched) / (tokensA.length + tokensB.length);
}

interface Candidate {
  readonly similarity: number;
  readonly a: number;
  readonly b: number;
  readonly low: string;
  readonly high: string;
}

/**
 * Greedy best-first pairing of unequal tokens. Ties are broken by the token texts, never by which
 * side a token is on, so the result is symmetric.
 */
function fuzzyMatchWeight(restA: readonly string[], restB: readonly string[]): number {
  const candidates: Candidate[] = [];
  for (const [a, x] of restA.entries()) {
    for (const [b, y] of restB.entries()) {
      const longest = Math.max(x.length, y.length);
      const maxDistance = Math.floor((1 - tokenMatchThreshold) * longest);
      const distance = levenshteinDistance(x, y, maxDistance);
      if (distance <= maxDistance) {
        const [low, high] = x < y ? [x, y] : [y, x];
        candidates.push({ similarity: 1 - distance / longest, a, b, low, high });
      }
    }
  }
  candidates.sort(
    (p, q) =>
      q.similarity - p.similarity ||
      compareText(p.low, q.low) ||
      compareText(p.high, q.high),
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let weight = 0;
  for (const candidate of candidates) {
    if (usedA.has(candidate.a) || usedB.has(candidate.b)) continue;
    usedA.add(candidate.a);
    usedB.add(candidate.b);
    weight += candidate.similarity;
  }
  return weight;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
