/**
 * How a printed figure is meant, as the words around it say:
 *
 * - `'exact'`: "120", "50,72%", "toàn bộ" (100%);
 * - `'at-least'`: a lower bound, "trên 120", "hơn 5 tỷ đồng" (strict), "ít nhất", "tối thiểu", "không dưới",
 *   "từ 50% trở lên" (inclusive);
 * - `'at-most'`: an upper bound, "dưới 10%", "chưa đến 300" (strict), "không quá", "tối đa" (inclusive);
 * - `'about'`: an approximation, "khoảng 40", "gần 300", "xấp xỉ", "trên dưới 200", "gần như toàn bộ";
 * - `'range'`: "88-90%", "88 – 90 %", "từ 50 đến 60".
 *
 * @example
 * ```ts
 * parseStatedFigure('trên 120 thủ tục').reading; // "at-least"
 * ```
 */
export type FigureReading = 'exact' | 'at-least' | 'at-most' | 'about' | 'range';

/**
 * A figure as a document prints it, with its reading. Values are exact canonical decimal strings
 * (`"120"`, `"50.72"`), never floats, so money and counts compare exactly.
 *
 * @example
 * ```ts
 * const figure: StatedFigure = parseStatedFigure('hơn 5 tỷ đồng');
 * // { printed: 'hơn 5 tỷ đồng', reading: 'at-least', strict: true, qualifier: 'hơn', value: '5', unit: 'tỷ đồng', precision: 0 }
 * ```
 */
export interface StatedFigure {
  /** The text as printed (NFC, trimmed). */
  readonly printed: string;
  readonly reading: FigureReading;
  /**
   * For a bound: `true` when the printed value itself is excluded ("trên 120" is 121 or more for a count,
   * "dưới 10%" is less than 10%); `false` for inclusive bounds and every other reading.
   */
  readonly strict: boolean;
  /** The qualifying words as printed ("trên", "không quá", "trở lên", "từ … trở lên", ">"), when any. */
  readonly qualifier?: string;
  /** The printed value (a bound, the approximate value, or the low end of a range) as an exact decimal. */
  readonly value: string;
  /** The high end of a range, as an exact decimal. */
  readonly to?: string;
  /** The denominator of a printed ratio ("37/38" → `"38"`); `value` is then the numerator. */
  readonly of?: string;
  /** `"%"` for a percentage, else the unit printed after the number ("tỷ đồng", "thủ tục"), if any. */
  readonly unit?: string;
  /** Decimals printed (the largest of a range's two ends): "15,2" → 1. */
  readonly precision: number;
}

/**
 * The tolerance a check allows an `'about'` figure ("khoảng 40"): the value may differ from the printed one
 * by `relative × |printed|` or by `absolute`, whichever is larger.
 *
 * @example
 * ```ts
 * judgeStatedFigure(parseStatedFigure('khoảng 40'), 43, { tolerance: { relative: 0.1 } }).holds; // true
 * ```
 */
export interface FigureTolerance {
  /** A fraction of the printed value; default 0.05 (±5%). */
  readonly relative?: number;
  /** An absolute margin in the figure's unit; default 0. */
  readonly absolute?: number;
}
