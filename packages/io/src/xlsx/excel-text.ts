// Excel stores characters that XML cannot carry (and CR, which XML parsers turn into LF) as `_xHHHH_`
// escapes (ECMA-376 Part 1, §22.9.2.19 ST_Xstring); a literal `_xHHHH_` is protected by escaping its
// underscore as `_x005F_`. exceljs decodes these escapes when reading but does not write them.

// C0 controls other than tab and LF, plus CR, and a literal escape-looking sequence.
// eslint-disable-next-line no-control-regex
const needsEscape = /[\u0000-\u0008\u000b-\u001f]|_x[0-9A-F]{4}_/g;

/**
 * Private: escapes text for an XLSX cell the way Excel does (`\r` → `_x000D_`, `_x0041_` →
 * `_x005F_x0041_`), so exceljs (which decodes them on reading) returns the original text.
 *
 * @param text - Cell text.
 * @returns The escaped text.
 * @example
 * ```ts
 * encodeExcelText('a\r\nb'); // "a_x000D_\nb"
 * ```
 */
export function encodeExcelText(text: string): string {
  return text.replace(needsEscape, (match) =>
    match.length === 1 ? `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_` : `_x005F${match}`,
  );
}
