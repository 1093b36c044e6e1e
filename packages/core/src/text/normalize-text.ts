// Format characters (Unicode category Cf) are invisible: zero-width space/joiners, word joiner, soft
// hyphen U+00AD, byte-order mark U+FEFF, bidi marks. Copied from Word, PDFs and web pages they make
// equal names compare different, so they are removed before anything else.
const formatCharacters = /\p{Cf}+/gu;

// JavaScript `\s` covers Unicode White_Space (tab, newline, NBSP U+00A0, U+2000–U+200A, U+202F,
// U+3000, line and paragraph separators); control characters (Cc, incl. NEL U+0085) are treated as
// whitespace too: in a name they can only be conversion debris.
const whitespaceRuns = /[\s\p{Cc}]+/gu;

// Characters that can appear in normalised text as they are: visible ASCII and the precomposed
// Latin letters and symbols below U+2000 that are stable under NFC (the whole Vietnamese alphabet).
// A string made only of these, with single inner spaces, is already normalised: the common case,
// checked without regular expressions.
const safe = new Uint8Array(0x2000);
for (let code = 0x21; code < 0x2000; code += 1) {
  const char = String.fromCharCode(code);
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) && char.normalize('NFC') === char) safe[code] = 1;
}

function isNormalized(text: string): boolean {
  const last = text.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x20) {
      if (index === 0 || index === last || text.charCodeAt(index + 1) === 0x20) return false;
    } else if (code >= 0x2000 || safe[code] !== 1) {
      return false;
    }
  }
  return true;
}

/**
 * Normalises text at the boundary: Unicode NFC, invisible format characters removed, every run of
 * whitespace or control characters collapsed to one ASCII space, and the ends trimmed.
 *
 * Letters, case, punctuation and tone-mark placement are kept as written (see
 * {@link normalizeTonePlacement} for the latter). The result is idempotent:
 * `normalizeText(normalizeText(s)) === normalizeText(s)`.
 *
 * @param text - Any string, in any Unicode normalisation form.
 * @returns The NFC string with clean single spaces.
 * @example
 * ```ts
 * normalizeText('  Sở\u00a0Thông tin\tvà\n\nTruyền\u200b thông ');
 * // "Sở Thông tin và Truyền thông"
 * normalizeText('Ha\u0300 Giang') === 'Hà Giang'; // true (NFD → NFC)
 * ```
 */
export function normalizeText(text: string): string {
  // Format characters go first: removing one may bring a base letter and a combining mark together,
  // which NFC must then see.
  if (isNormalized(text)) return text;
  return text
    .replace(formatCharacters, '')
    .normalize('NFC')
    .replace(whitespaceRuns, ' ')
    .trim();
}
