// Internal: dates and periods are matched on a folded copy of the text, so that "Ngày", "NGÀY", "ngay",
// decomposed (NFD) text from PDF/Word conversions and the common typo "Qúy" all read the same.

/**
 * Lower-cases, removes Vietnamese diacritics (đ → d), turns every dash (– — − ‐) into "-" and collapses
 * whitespace (including NBSP).
 */
export function foldDateText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
