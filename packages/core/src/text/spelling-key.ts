import { normalizeText } from './normalize-text';
import { normalizeTonePlacement } from './normalize-tone-placement';

const eth = /ð/g;
const nonWordRuns = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * A matching key that keeps every diacritic: {@link normalizeText}, compatibility composition
 * (NFKC: full-width forms, ligatures), lower-cased (locale-independent), tone marks put in one place
 * ({@link normalizeTonePlacement}, traditional style), "ð" (a look-alike of "đ" left by legacy
 * encodings) → "đ", and every character that is not a letter, mark or digit replaced by a space,
 * spaces collapsed and trimmed.
 *
 * Equal spelling keys mean the same words spelt the same way: "Hoà Bình" = "HÒA BÌNH", but
 * "Cấp" ≠ "Cắp" and "Gấp" ≠ "Cấp". Use it to detect exact duplicates; {@link foldKey} is the looser
 * key for finding candidates. Idempotent; never throws.
 *
 * @param text - Any string.
 * @returns The lower-case NFC key with single spaces.
 * @example
 * ```ts
 * spellingKey('Khánh Hoà') === spellingKey('KHÁNH HÒA'); // true
 * spellingKey('Cấp, đổi giấy phép lái xe'); // "cấp đổi giấy phép lái xe"
 * spellingKey('Gấp phép') === spellingKey('Cấp phép'); // false
 * ```
 */
export function spellingKey(text: string): string {
  const lower = normalizeText(text).normalize('NFKC').toLowerCase().replace(eth, 'đ');
  return normalizeTonePlacement(lower).replace(nonWordRuns, ' ').trim();
}
