import { foldKey } from './fold-key';
import { keySimilarity, type SimilarityOptions } from './key-similarity';

/**
 * How alike two names are, in [0, 1], for finding near-duplicate procedure or agency names: the
 * {@link keySimilarity} of their {@link foldKey}s, so case, spacing, punctuation, Unicode form,
 * diacritics and tone-mark placement never count, typos count little and word order counts partly.
 *
 * `score = min(0.4 · charSim + 0.6 · tokenSim, 0.99)` for unequal keys (character edit distance on
 * the keys as written or with sorted tokens, and a soft Dice coefficient over the word tokens; see
 * {@link keySimilarity}), 1 exactly when the folded keys are equal; symmetric. As a guide, a
 * one-letter typo in a four-word name scores about 0.93, a word-order swap 0.99, and two different
 * procedures sharing their first three words about 0.65. When comparing many names, fold each once
 * and call {@link keySimilarity}, with `minScore` for early exit.
 *
 * @param a - A name.
 * @param b - Another name.
 * @param options - Optional {@link SimilarityOptions} (`minScore` for early exit).
 * @returns The similarity in [0, 1].
 * @throws {EgovError} `invalid-argument` when `minScore` is outside [0, 1] or NaN.
 * @example
 * ```ts
 * nameSimilarity('Cấp phép xây dựng', 'Gấp phép xây dựng'); // ≈ 0.93 (the typo of source 003)
 * nameSimilarity('Đăng ký tạm trú, tạm vắng', 'Đăng ký tạm vắng, tạm trú'); // 0.99
 * nameSimilarity('Cấp giấy phép kinh doanh', 'Cấp giấy phép xây dựng'); // ≈ 0.64
 * nameSimilarity('Khánh Hoà', 'KHÁNH HÒA'); // 1
 * ```
 */
export function nameSimilarity(a: string, b: string, options: SimilarityOptions = {}): number {
  return keySimilarity(foldKey(a), foldKey(b), options);
}
