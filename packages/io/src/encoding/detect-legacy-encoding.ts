import { findInvalidUtf8 } from './find-invalid-utf8';

/** A legacy Vietnamese 8-bit encoding that {@link detectLegacyEncoding} recognises. */
export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

/** What {@link detectLegacyEncoding} found. */
export interface LegacyEncodingGuess {
  readonly encoding: LegacyEncoding;
  /** Number of byte patterns typical of the encoding. */
  readonly score: number;
  /** Scores of every candidate, for diagnostics. */
  readonly scores: Readonly<Record<LegacyEncoding, number>>;
}

/**
 * Human-readable names of the legacy encodings, for messages.
 *
 * @example
 * ```ts
 * legacyEncodingNames.tcvn3; // "TCVN3 (ABC, TCVN 5712:1993)"
 * ```
 */
export const legacyEncodingNames: Readonly<Record<LegacyEncoding, string>> = Object.freeze({
  'windows-1258': 'Windows-1258 (CP1258)',
  tcvn3: 'TCVN3 (ABC, TCVN 5712:1993)',
  vni: 'VNI (VNI-Windows)',
});

const asciiVowels = new Set([...Array.from('aeiouyAEIOUY')].map((c) => c.charCodeAt(0)));
// Windows-1258 writes tones as separate combining marks: grave, acute, hook above, tilde, dot below.
const cp1258Tones = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
// Windows-1258 precomposed vowels that can carry a tone: â ê ô ă ơ ư and their capitals.
const cp1258Vowels = new Set([0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd, 0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd]);
// VNI writes a base ASCII vowel followed by a mark byte (tone and/or circumflex/breve), e.g. "Vieät".
const vniMarks = new Set([
  0xf9, 0xf8, 0xfb, 0xf5, 0xef, 0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4, 0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb,
  0xd9, 0xd8, 0xdb, 0xd5, 0xcf, 0xc2, 0xc1, 0xc0, 0xc5, 0xc3, 0xc4, 0xca, 0xc9, 0xc8, 0xda, 0xdc, 0xcb,
]);
// VNI single bytes for ơ ư and capitals, which may themselves be followed by a tone mark.
const vniHornVowels = new Set([0xf4, 0xf6, 0xd4, 0xd6]);
// VNI đ and Đ ("ñ", "Ñ"), always followed by a vowel in Vietnamese.
const vniD = new Set([0xf1, 0xd1]);
// TCVN3 đ and Đ ("®", "§").
const tcvnD = new Set([0xae, 0xa7]);

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

function isTcvnLetter(b: number): boolean {
  return (b >= 0xa1 && b <= 0xae) || (b >= 0xb5 && b <= 0xfe);
}

/**
 * Guesses whether bytes (or the code points of text that was decoded as Latin-1) are Vietnamese in a
 * legacy 8-bit encoding: Windows-1258 (tone marks as separate bytes 0xCC/0xEC/0xD2/0xDE/0xF2 after a
 * vowel), VNI (an ASCII vowel followed by a mark byte, "Vieät Nam", "ñöôïc") or TCVN3/ABC (one byte per
 * toned vowel, typically after an ASCII consonant, "ViÖt Nam", "®ång", "Thñ tôc"). Only bytes 0xA0–0xFF
 * count, which read the same in Latin-1 and Windows-1252. It is a heuristic: it needs at least three
 * typical patterns and a clear winner. Bytes that are valid UTF-8 are never a legacy encoding.
 *
 * @param bytes - Raw bytes, or code points (values above 0xFF are ignored).
 * @returns The most likely encoding, or `undefined` when there is not enough evidence.
 * @example
 * ```ts
 * const tcvn3 = Uint8Array.from([...Array.from('Th')].map((c) => c.charCodeAt(0)).concat(0xf1)); // "Thñ" = "Thủ"
 * detectLegacyEncoding(tcvn3); // undefined: one pattern is not enough evidence
 * ```
 */
export function detectLegacyEncoding(bytes: ArrayLike<number>): LegacyEncodingGuess | undefined {
  // Valid UTF-8 is UTF-8: its lead and continuation bytes would otherwise look like TCVN3 letters.
  if (bytes instanceof Uint8Array && findInvalidUtf8(bytes) === -1) return undefined;
  let cp1258 = 0;
  let vni = 0;
  let tcvn3 = 0;
  const length = bytes.length;
  for (let i = 0; i < length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0xa0 || b > 0xff) continue;
    const p = i > 0 ? (bytes[i - 1] ?? 0) : 0x20;
    const n = i + 1 < length ? (bytes[i + 1] ?? 0) : 0x20;
    const prevVowel = asciiVowels.has(p);
    if (cp1258Tones.has(b) && (prevVowel || cp1258Vowels.has(p))) cp1258++;
    if (vniMarks.has(b) && (prevVowel || vniHornVowels.has(p))) vni++;
    if (vniD.has(b) && (asciiVowels.has(n) || vniHornVowels.has(n))) vni++;
    if (isTcvnLetter(b) && isAsciiLetter(p) && !prevVowel) tcvn3++;
    if (tcvnD.has(b) && (asciiVowels.has(n) || isTcvnLetter(n))) tcvn3++;
  }
  const scores = { 'windows-1258': cp1258, tcvn3, vni };
  const ranked = (Object.entries(scores) as [LegacyEncoding, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best === undefined || best[1] < 3 || (second !== undefined && best[1] <= second[1])) return undefined;
  return { encoding: best[0], score: best[1], scores };
}
