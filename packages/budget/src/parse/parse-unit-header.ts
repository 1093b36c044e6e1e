import type { AmountUnit } from '../amount/amount-unit';
import { fold } from '../text/fold';
import { unitFromText } from './unit-text';

const labelled = /(?:don vi tinh|don vi|dvt)\s+(.*)$/;
const unitWords = /(?:^|\s)((?:nghin|ngan|trieu|ty|ti)\s+dong|dong|vnd)(?:\s|$)/;

/** "1.000 đồng" (folded "1 000 dong") is a common way to say the table is in nghìn đồng. */
function multiplierUnit(key: string): AmountUnit | undefined {
  const match = /^1((?: ?000)+) dong$/.exec(key);
  if (match?.[1] === undefined) return undefined;
  const zeros = match[1].replace(/ /g, '').length;
  return zeros === 3 ? 'nghin' : zeros === 6 ? 'trieu' : zeros === 9 ? 'ty' : undefined;
}

/**
 * Finds the unit a table or column is stated in, from a header or a caption: "Đơn vị tính: triệu đồng",
 * "Đơn vị: tỷ đồng", "ĐVT: đồng", "Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)", "Kinh phí (triệu
 * đồng)", "Đơn vị tính: 1.000 đồng" (= nghìn đồng). Vietnamese budget tables state the unit once, above the table or in a column header, and every
 * cell below is read in it (source 003: "Đơn vị: tỷ đồng" above cells such as "1.4").
 *
 * @param text - A header cell, caption or line of text.
 * @returns The unit, or `undefined` when the text states none.
 * @example
 * ```ts
 * parseUnitHeader('Đơn vị tính: triệu đồng'); // "trieu"
 * parseUnitHeader('Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)'); // "dong"
 * parseUnitHeader('Tên dự án, nhiệm vụ'); // undefined
 * ```
 */
export function parseUnitHeader(text: string): AmountUnit | undefined {
  const key = fold(text.replace(/₫/g, ' d '));
  const match = labelled.exec(key);
  if (match?.[1] !== undefined) {
    const direct = unitFromText(match[1]) ?? multiplierUnit(match[1]);
    if (direct !== undefined) return direct;
    // "Đơn vị tính: 100 đồng" states a multiplier this package does not know: no unit rather than a wrong one.
    const inner = /^\d/.test(match[1]) ? null : unitWords.exec(match[1]);
    if (inner?.[1] !== undefined) return unitFromText(inner[1]);
  }
  // A unit in parentheses at the end of a header: "Kinh phí (triệu đồng)", "Amount (million VND)".
  const paren = /\(([^()]*)\)\s*$/.exec(text.trim());
  if (paren?.[1] !== undefined) {
    const unit = unitFromText(paren[1]);
    if (unit !== undefined) return unit;
  }
  return undefined;
}
