import type { AmountUnit } from '../amount/amount-unit';
import { fold } from '../text/fold';

/**
 * Recognises a unit written after an amount or in a header: "đồng", "đ", "₫", "VNĐ", "VND",
 * "nghìn đồng", "ngàn", "triệu", "tr", "tỷ đồng", "tỉ". Returns `undefined` for anything else.
 *
 * @internal
 */
export function unitFromText(text: string): AmountUnit | undefined {
  const key = fold(text.replace(/₫/g, ' d '));
  switch (key) {
    case 'd':
    case 'dong':
    case 'vnd':
    case 'vn d':
    case 'vnd dong':
    case 'dong vn':
    case 'dong viet nam':
    case 'vnd dong viet nam':
      return 'dong';
    case 'thousand vnd':
    case 'thousand dong':
    case 'nghin':
    case 'ngan':
    case 'nghin dong':
    case 'ngan dong':
    case 'k':
      return 'nghin';
    case 'million vnd':
    case 'million dong':
    case 'mil vnd':
    case 'trieu':
    case 'trieu dong':
    case 'tr':
    case 'tr d':
    case 'trd':
      return 'trieu';
    case 'billion vnd':
    case 'billion dong':
    case 'bn vnd':
    case 'ty':
    case 'ti':
    case 'ty dong':
    case 'ti dong':
      return 'ty';
    default:
      return undefined;
  }
}
