import { normalizeText } from '@egov/core';

/** A change of rank as a document prints it, read by {@link parseRankChange}. */
export interface ParsedRankChange {
  /**
   * Places moved: positive for a rise ("tăng 05 bậc" = +5), negative for a fall, 0 for "giữ nguyên".
   * Absent when the text names a direction without a number ("tụt hạng mạnh"): see `direction`.
   */
  readonly places?: number;
  /** Set only when the text names a direction but no number of places ("tụt hạng", "tăng hạng"). */
  readonly direction?: 'up' | 'down';
  /** The year compared with, when the text names it ("so với năm 2016", "so với vị trí thứ 22 của 2015"). */
  readonly sinceYear?: number;
}

// Words a document uses for a place in a ranking: "bậc", "hạng", "vị trí".
const place = '(?:bậc|hạng|vị trí)';
// Verbs of a move by a number of places. "lên"/"xuống" count only when a place word follows the number:
// "lên thứ 7" is a rank, not a move. Up to three words may stand between the verb and the number ("giảm sâu
// tới 14 bậc", "tăng thêm 2 bậc", "nhảy vọt 17 bậc"). Diacritics matter: "tầng" (as in "Hạ tầng") is not "tăng".
const move = new RegExp(`(?<![\\p{L}\\p{N}])(tăng|giảm|tụt|sụt|lên|xuống|nhảy)((?:\\s+\\p{L}+){0,3}?)\\s+(\\d{1,3})\\s*${place}(?![\\p{L}\\p{N}])`, 'gu');
const rising = new Set(['tăng', 'lên', 'nhảy']);
// A move given by its two ranks: "từ thứ 12 (năm 2016) lên thứ 7", "từ bậc 21 (năm 2015) lên bậc 4",
// "từ vị trí thứ 4 năm 2015 xuống thứ 18".
const fromTo =
  /(?<![\p{L}\p{N}])từ\s+(?:vị trí\s+)?(?:thứ|bậc|hạng)\s+(\d{1,3})(?:\s*\([^)]*\)|\s+năm\s+\d{4})?\s*,?\s*(lên|xuống)\s+(?:vị trí\s+)?(?:thứ\s+|bậc\s+|hạng\s+)?(\d{1,3})(?!\d)/gu;
// A direction without a number: "tụt hạng mạnh", "tăng hạng", "thăng hạng".
const direction = /(?<![\p{L}\p{N}])(tăng|thăng|giảm|tụt|sụt)\s+(?:thứ\s+)?(?:hạng|bậc)(?!\s*\d)(?![\p{L}\p{N}])/gu;
const unchanged =
  /(?<![\p{L}\p{N}])(?:giữ nguyên|giữ (?:vững|được)?\s*(?:vị trí|thứ hạng|hạng|bậc)|không (?:thay )?đổi|không tăng(?:,| và| hay)? không giảm)(?![\p{L}\p{N}])/u;
const since = /so với(?: cùng kỳ)?(?: năm)?\s+(\d{4})(?!\d)/u;
// "so với vị trí thứ 22 của 2015": the year after "của" or "năm", within the same clause.
const sinceLoose = /so với[^.;()]*?(?:năm|của)\s+(\d{4})(?!\d)/u;

/**
 * Reads the change of rank a sentence or a table cell prints, in the words real texts use: "Tăng 05 bậc",
 * "tăng 1 hạng", "giảm sâu tới 14 bậc", "nhảy vọt 17 bậc", "từ bậc 20 lên bậc 5", "từ thứ 12 lên thứ 7",
 * "tăng 02 bậc so với năm 2016", "giữ nguyên thứ hạng", "giữ vị trí", "giữ vững thứ hạng", and a direction
 * without a number ("tụt hạng mạnh"). It reads what the words say, so that the figure can be checked against
 * the ranks (see {@link checkRankStatement}).
 *
 * @param text - The text as printed.
 * @returns The places (or only the direction) and the year compared with; `undefined` when the text states no
 *   change, or states two that differ (the caller should say it could not read it, not guess).
 * @example
 * ```ts
 * parseRankChange('tăng 02 bậc so với năm 2016'); // { places: 2, sinceYear: 2016 }
 * parseRankChange('giảm sâu tới 14 bậc'); // { places: -14 }
 * parseRankChange('từ bậc 20 lên bậc 5'); // { places: 15 }
 * parseRankChange('giữ vị trí'); // { places: 0 }
 * parseRankChange('tụt hạng mạnh'); // { direction: 'down' }
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
  for (const match of lower.matchAll(fromTo)) {
    const [, from = '', verb = '', to = ''] = match;
    const places = Number(from) - Number(to);
    // "từ thứ 6 lên thứ 22" says two things that differ: not guessed.
    if ((verb === 'lên') !== places > 0) return undefined;
    found.add(places);
  }
  if (unchanged.test(lower)) found.add(0);
  const directions = new Set([...lower.matchAll(direction)].map(([, verb = '']) => (verb === 'tăng' || verb === 'thăng' ? 'up' : 'down')));
  const year = since.exec(lower)?.[1] ?? sinceLoose.exec(lower)?.[1];
  const sinceYear = year === undefined ? {} : { sinceYear: Number(year) };
  if (found.size === 0) {
    const [only] = directions;
    return directions.size === 1 && only !== undefined ? { direction: only, ...sinceYear } : undefined;
  }
  if (found.size !== 1) return undefined;
  // `|| 0`: "giảm 0 bậc" reads as −0, which is no move.
  const places = ([...found][0] ?? 0) || 0;
  // A direction that the number contradicts ("tụt hạng, tăng 3 bậc") is not guessed either.
  for (const stated of directions) if ((stated === 'up') !== places > 0) return undefined;
  return { places, ...sinceYear };
}
