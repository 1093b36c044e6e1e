import { EgovError } from '../errors/egov-error';
import { markedVowels, tonedForms, vietnameseLetters, vowelOf } from './vietnamese-letters';

/**
 * Where a tone mark goes in the open syllables with `oa`, `oe`, `uy`, the only ones written both ways:
 * - `'old'` (traditional, on the first vowel): "Hòa", "Thanh Hóa", "khỏe", "Thủy", "Ủy ban". The
 *   spelling of province names (Thanh Hóa, Khánh Hòa, Hòa Bình), of laws (Luật Thủy sản 2017) and of
 *   most administrative documents, including the five source documents of this project.
 * - `'new'` (on the main vowel, Decision 1989/QĐ-BGDĐT of 25/5/2018, Art. 8, school textbooks):
 *   "Hoà", "Thanh Hoá", "khoẻ", "Thuỷ", "Uỷ ban".
 */
export type TonePlacementStyle = 'old' | 'new';

// Onsets in the order tried (longest first). "gi" and "qu" are onsets only before another vowel:
// their i/u then belongs to the consonant ("già", "quý"), otherwise "gì" is g + ì.
const onsets = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
] as const; // prettier-ignore
const finals: ReadonlySet<string> = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const styleDependent: ReadonlySet<string> = new Set(['oa', 'oe', 'uy']);

// A word is a maximal run of letters, marks and digits; only runs made entirely of Vietnamese
// letters and at most 7 long ("nghiêng") can be a syllable.
const words = /[\p{L}\p{M}\p{N}]+/gu;
const longestSyllable = 7;

/**
 * Puts the tone mark of every Vietnamese syllable on the vowel the spelling rules choose, so that
 * variants of one word become the same string while keeping all diacritics: "Hoà Bình" and
 * "Hòa Bình", "Khánh Hoà" and "Khánh Hòa", "Thuỷ" and "Thủy" become equal.
 *
 * Rules (Decision 1989/QĐ-BGDĐT, Art. 8; the traditional rules differ only for `oa`/`oe`/`uy`):
 * 1. The `u` of `qu` and the `i` of `gi` before a vowel belong to the consonant ("quý", "già").
 * 2. A vowel with a vowel mark (ă â ê ô ơ ư) takes the tone; of two (ươ), the second ("người").
 * 3. Otherwise, with a final consonant the tone goes on the last vowel ("hoàng", "toán", "huýt").
 * 4. Otherwise three vowels take it on the middle one ("ngoài", "khuỷu"), and two on the first
 *    ("mía", "của", "cái"), except `oa`, `oe`, `uy`, which follow `style`.
 *
 * So misplaced marks are corrected too ("qúy" → "quý", "tụê" → "tuệ"), and words that are not a
 * single Vietnamese syllable with exactly one tone mark (loanwords, acronyms, "Internet") are left
 * as they are. Case is kept. The input is normalised to NFC first; nothing else changes (use
 * {@link normalizeText} for whitespace).
 *
 * @param text - Any string.
 * @param style - Where to put the mark in open `oa`/`oe`/`uy` syllables; default `'old'`, the
 *   spelling of official names ("Thanh Hóa", "Khánh Hòa").
 * @returns The NFC string with canonical tone-mark placement.
 * @throws {EgovError} `invalid-argument` when `style` is neither `'old'` nor `'new'`.
 * @example
 * ```ts
 * normalizeTonePlacement('Khánh Hoà, Thanh Hoá, Thuỷ'); // "Khánh Hòa, Thanh Hóa, Thủy"
 * normalizeTonePlacement('Hòa Bình', 'new'); // "Hoà Bình"
 * normalizeTonePlacement('hoàng qúy'); // "hoàng quý"
 * ```
 */
export function normalizeTonePlacement(text: string, style: TonePlacementStyle = 'old'): string {
  // A runtime check because the function is also called from JavaScript and from parsed options.
  if ((style as string) !== 'old' && (style as string) !== 'new') {
    throw new EgovError({
      code: 'invalid-argument',
      message: `Expected tone placement style "old" or "new", found ${JSON.stringify(style)}`,
    });
  }
  return text.normalize('NFC').replace(words, (word) => placeTone(word, style));
}

function placeTone(word: string, style: TonePlacementStyle): string {
  if (word.length > longestSyllable) return word;
  const letters = Array.from(word);
  let plain = '';
  let tonedIndex = -1;
  let tone = 0;
  for (const [index, letter] of letters.entries()) {
    if (!vietnameseLetters.has(letter)) return word;
    const vowel = vowelOf.get(letter);
    if (vowel === undefined) {
      plain += letter.toLowerCase();
    } else {
      plain += vowel.lowerBase;
      if (vowel.tone !== 0) {
        if (tonedIndex !== -1) return word; // two tone marks: not one syllable
        tonedIndex = index;
        tone = vowel.tone;
      }
    }
  }
  if (tonedIndex === -1) return word;

  const target = tonePosition(plain, style);
  if (target === undefined || target === tonedIndex) return word;
  letters[tonedIndex] = withTone(letters[tonedIndex], 0);
  letters[target] = withTone(letters[target], tone);
  return letters.join('');
}

/** The index in `plain` (lower case, toneless) of the letter that takes the tone, if a syllable. */
function tonePosition(plain: string, style: TonePlacementStyle): number | undefined {
  const onset = onsets.find(
    (candidate) =>
      plain.startsWith(candidate) &&
      ((candidate !== 'gi' && candidate !== 'qu') || isVowel(plain[candidate.length])),
  );
  if (onset === undefined) return undefined;
  let end = onset.length;
  while (isVowel(plain[end])) end += 1;
  const nucleus = plain.slice(onset.length, end);
  if (nucleus.length === 0 || nucleus.length > 3 || !finals.has(plain.slice(end))) return undefined;

  const start = onset.length;
  let marked = -1;
  for (let index = 0; index < nucleus.length; index += 1) {
    if (markedVowels.has(nucleus.charAt(index))) marked = index;
  }
  if (marked !== -1) return start + marked;
  if (nucleus.length === 1) return start;
  if (end < plain.length) return end - 1;
  if (nucleus.length === 3) return start + 1;
  return style === 'new' && styleDependent.has(nucleus) ? start + 1 : start;
}

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && vowelOf.has(letter);
}

function withTone(letter: string | undefined, tone: number): string {
  const vowel = letter === undefined ? undefined : vowelOf.get(letter);
  // Only vowels reach here: `tonePosition` returns vowel indices and the toned letter is a vowel.
  if (vowel === undefined) return letter ?? '';
  return tonedForms.get(vowel.base)?.[tone] ?? vowel.base;
}
