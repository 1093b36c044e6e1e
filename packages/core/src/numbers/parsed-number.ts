import type { FindingPlace } from './finding-place';

/**
 * How a number is written.
 *
 * - `'vi'`: Vietnamese, as in all five source documents: `.` groups thousands, `,` marks decimals
 *   (`1.409`, `15,2`, `2.200.000.000`).
 * - `'en'`: English: `,` groups thousands, `.` marks decimals (`1,409`, `15.2`).
 * - `'auto'`: decide from the text alone, only when exactly one reading is possible (`1.409.000`, `15,2`,
 *   `15.2`); `15.200` or `1,409` are ambiguous and yield a `core/number-ambiguous` finding.
 *
 * @example
 * ```ts
 * safeParseVietnameseNumber('1.409,5', { notation: 'vi' }); // 1409.5
 * safeParseVietnameseNumber('1,409.5', { notation: 'en' }); // 1409.5
 * ```
 */
export type NumberNotation = 'vi' | 'en' | 'auto';

/**
 * Which separators a parsed number actually used: `'none'` when it had no `.` or `,` at all.
 *
 * @example
 * ```ts
 * safeParseVietnameseNumber('15.2', { notation: 'auto' }); // separatorStyle: 'en'
 * ```
 */
export type SeparatorStyle = 'vi' | 'en' | 'none';

/**
 * Options of {@link safeParseVietnameseNumber}.
 *
 * @example
 * ```ts
 * safeParseVietnameseNumber(cell, { notation: 'auto', path: ['rows', 4, 'amount'] });
 * ```
 */
export interface ParseNumberOptions extends FindingPlace {
  /** Notation of the text; default `'vi'`. */
  readonly notation?: NumberNotation;
}

interface ParsedNumberBase {
  /** The input, trimmed. */
  readonly text: string;
  /** Separators the text used (`'none'` when it had neither `.` nor `,`). */
  readonly separatorStyle: SeparatorStyle;
}

/**
 * A plain number, optionally followed by a unit: `"1.409"`, `"15,2 tỷ đồng"`, `"5,63 điểm"`.
 *
 * @example
 * ```ts
 * const n = parseVietnameseNumber('15,2 tỷ đồng');
 * // { kind: 'number', value: 15.2, decimal: '15.2', precision: 1, unit: 'tỷ đồng', … }
 * ```
 */
export interface ParsedPlainNumber extends ParsedNumberBase {
  readonly kind: 'number';
  /** The value as a float (may be approximate for more than 15 significant digits; see `decimal`). */
  readonly value: number;
  /** The exact value as a canonical decimal string: `"-1409.50"`; trailing zeros kept. */
  readonly decimal: string;
  /** Number of decimals printed: `"15,2"` → 1 (exact to 0,1), `"1.409"` → 0. */
  readonly precision: number;
  /** Unit text after the number, e.g. `"điểm"`, `"tỷ đồng"`; absent when there is none. */
  readonly unit?: string;
}

/**
 * A percentage: `"100%"`, `"84,1 %"`. `value`, `decimal` and `precision` describe the number as printed
 * (`"50,72%"` → `value` 50.72); `fraction` is that value divided by 100 (0.5072).
 *
 * @example
 * ```ts
 * parseVietnameseNumber('50,72%'); // { kind: 'percent', value: 50.72, fraction: 0.5072, … }
 * ```
 */
export interface ParsedPercent extends ParsedNumberBase {
  readonly kind: 'percent';
  /** The printed percentage, e.g. 50.72 for `"50,72%"`. */
  readonly value: number;
  /** The printed percentage as an exact decimal string, e.g. `"50.72"`. */
  readonly decimal: string;
  /** Number of decimals printed. */
  readonly precision: number;
  /** `value / 100`, e.g. 0.5072. */
  readonly fraction: number;
}

/**
 * A ratio of two counts: `"43/56"` (43 computers for 56 staff), `"37/38"`.
 *
 * @example
 * ```ts
 * parseVietnameseNumber('43/56'); // { kind: 'ratio', numerator: 43, denominator: 56, value: 0.7678…, … }
 * ```
 */
export interface ParsedRatio extends ParsedNumberBase {
  readonly kind: 'ratio';
  readonly numerator: number;
  readonly denominator: number;
  /** Exact numerator, e.g. `"43"`. */
  readonly numeratorDecimal: string;
  /** Exact denominator, e.g. `"56"`. */
  readonly denominatorDecimal: string;
  /** `numerator / denominator` as a float. */
  readonly value: number;
  /** Unit text after the ratio, when any. */
  readonly unit?: string;
}

/**
 * What {@link safeParseVietnameseNumber} reads: a plain number, a percentage or a ratio.
 *
 * @example
 * ```ts
 * const parsed = parseVietnameseNumber(text);
 * if (parsed.kind === 'percent') console.log(parsed.fraction);
 * ```
 */
export type ParsedNumber = ParsedPlainNumber | ParsedPercent | ParsedRatio;

/**
 * One possible reading of an ambiguous number, in the `candidates` data of `core/number-ambiguous`.
 *
 * @example
 * ```ts
 * // data.candidates of "15.200" with notation 'auto':
 * // [{ notation: 'vi', decimal: '15200', value: 15200 }, { notation: 'en', decimal: '15.200', value: 15.2 }]
 * ```
 */
export interface NumberReading {
  readonly notation: 'vi' | 'en';
  readonly decimal: string;
  readonly value: number;
}
