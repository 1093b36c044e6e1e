/**
 * A matching key for Vietnamese text: NFC, lower case, diacritics removed, đ → d, punctuation turned
 * into spaces, spaces collapsed. `@egov/core` is getting a fuller folding helper; this small local copy
 * keeps the package independent of it until then.
 *
 * @internal
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
