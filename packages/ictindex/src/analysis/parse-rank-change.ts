import { normalizeText } from '@egov/core';

/** A change of rank as a document prints it, read by {@link parseRankChange}. */
export interface ParsedRankChange {
  /** Places moved: positive for a rise ("tăng 05 bậc" = +5), negative for a fall, 0 for "giữ nguyên". */
  readonly places: number;
  /** The year compared with, when the text names it ("so với năm 2016"). */
  readonly sinceYear?: number;
}

// Verbs of a move by a number of places. "lên"/"xuống" count only when "bậc" follows the number: "lên
// thứ 7" is a rank, not a move. Up to three words may stand between the verb and the number ("giảm sâu
// tới 14 bậc", "tăng thêm 2 bậc"). Diacritics matter: "tầng" (as in "Hạ tầng") is not "tăng".
const move = /(?<![\p{L}\p{N}])(tăng|giảm|tụt|sụt|lên|xuống)((?:\s+\p{L}+){0,3}?)\s+(\d{1,3})\s*bậc(?![\p{L}\p{N}])/gu;
const rising = new Set(['tăng', 'lên']);
const unchanged = /(?<![\p{L}\p{N}])(?:giữ nguyên|không (?:thay )?đổi|không tăng(?:,| và| hay)? không giảm)(?![\p{L}\p{N}])/u;
const since = /so với(?: cùng kỳ)?(?: năm)?\s+(\d{4})(?!\d)/u;

/**
 * Reads the change of rank a sentence or a table cell prints: "Tăng 05 bậc", "giảm sâu tới 14 bậc",
 * "tăng 02 bậc so với năm 2016", "giữ nguyên thứ hạng". It reads what the words say, so that the figure can
 * be checked against the ranks (see {@link checkRankStatement}).
 *
 * @param text - The text as printed.
 * @returns The places and the year compared with; `undefined` when the text states no change, or states
 *   two that differ (the caller should say it could not read it, not guess).
 * @example
 * ```ts
 * parseRankChange('tăng 02 bậc so với năm 2016'); // { places: 2, sinceYear: 2016 }
 * parseRankChange('giảm sâu tới 14 bậc'); // { places: -14 }
 * parseRankChange('giữ nguyên'); // { places: 0 }
 * parseRankChange('xếp thứ 7'); // undefined
 * ```
 */
export function parseRankChange(text: string): ParsedRankChange | undefined {
  const lower = normalizeText(text).toLocaleLowerCase('vi');
  const found = new Set<number>();
  for (const match of lower.matchAll(move)) {
    const [, verb = '', , count = ''] = match;
    const places = Number(count);
    found.add(rising.has(verb) ? places : -places);
  }
  if (unchanged.test(lower)) found.add(0);
  if (found.size !== 1) return undefined;
  // `|| 0`: "giảm 0 bậc" reads as −0, which is no move.
  const places = ([...found][0] ?? 0) || 0;
  const year = since.exec(lower)?.[1];
  return year === undefined ? { places } : { places, sinceYear: Number(year) };
}
