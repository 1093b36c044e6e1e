// Private helper: a folded key for matching province names. It can later be replaced by the shared
// `foldKey` of src/text/ once that exists; the province-specific prefix stripping stays here.

const combiningMarks = /\p{M}/gu;
const dashes = /[-‐‑‒–—―]/g;
const dots = /[.,]/g;
const spaces = /\s+/g;
// "Tỉnh Lào Cai", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP Huế", "T.P. Cần Thơ" (after folding).
const prefixes = /^(?:tinh|thanh pho|t ?p)\s+/;

/**
 * Folds text for comparison: NFD, combining marks removed (so tone placement "Hoà"/"Hòa" and the
 * Unicode form no longer matter), đ → d, lower case, dashes/dots as spaces, spaces collapsed.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(dashes, ' ')
    .replace(dots, ' ')
    .replace(spaces, ' ')
    .trim();
}

/**
 * Folds a province name to its matching key: {@link foldText} plus the unit-type prefixes removed, so
 * "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh" and "Hồ Chí Minh" share the key `"ho chi minh"`.
 */
export function foldProvinceName(name: string): string {
  return foldText(name).replace(prefixes, '');
}

/** A URL-safe slug of a name, used in unit ids: `"Bà Rịa - Vũng Tàu"` → `"ba-ria-vung-tau"`. */
export function slugProvinceName(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
