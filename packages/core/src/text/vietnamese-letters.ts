// Internal tables of the Vietnamese alphabet, shared by the text functions. Not exported from the
// package: the public API is the functions that use them.

/**
 * The six tones in the order used by the tables: 0 ngang (no mark), 1 huyền (grave U+0300), 2 sắc
 * (acute U+0301), 3 hỏi (hook above U+0309), 4 ngã (tilde U+0303), 5 nặng (dot below U+0323).
 */
const toneMarks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** The 12 vowel letters without tone; ă â ê ô ơ ư carry a vowel mark that is part of the letter. */
const vowelBases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Vowels whose vowel mark makes them the nucleus of a syllable (QĐ 1989/QĐ-BGDĐT Art. 8). */
export const markedVowels: ReadonlySet<string> = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);

/** A vowel letter split into its toneless base (case kept) and its tone (0–5). */
export interface TonedVowel {
  readonly base: string;
  readonly lowerBase: string;
  readonly tone: number;
}

/** Every NFC vowel letter, upper and lower case, with any tone → its base and tone. */
export const vowelOf: ReadonlyMap<string, TonedVowel> = new Map();

/** Toneless base letter (case kept) → its six NFC forms indexed by tone. */
export const tonedForms: ReadonlyMap<string, readonly string[]> = new Map();

/** Every letter of the Vietnamese alphabet in NFC, both cases (a–z as used in loanwords, đ, vowels). */
export const vietnameseLetters: ReadonlySet<string> = new Set();

// Built from Unicode composition rather than typed by hand, so no letter can be mistyped.
{
  const vowels = vowelOf as Map<string, TonedVowel>;
  const forms = tonedForms as Map<string, readonly string[]>;
  const letters = vietnameseLetters as Set<string>;
  for (const lower of vowelBases) {
    for (const base of [lower, lower.toUpperCase()]) {
      const row = toneMarks.map((mark) => (base + mark).normalize('NFC'));
      forms.set(base, row);
      row.forEach((letter, tone) => {
        vowels.set(letter, { base, lowerBase: lower, tone });
        letters.add(letter);
      });
    }
  }
  for (let code = 0x61; code <= 0x7a; code += 1) {
    const letter = String.fromCharCode(code);
    letters.add(letter);
    letters.add(letter.toUpperCase());
  }
  letters.add('đ');
  letters.add('Đ');
}
