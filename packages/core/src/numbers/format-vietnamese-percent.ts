import { formatVietnameseNumber, type FormatNumberOptions } from './format-vietnamese-number';

/**
 * Formats a percentage the way Vietnamese documents print it: number in Vietnamese notation, then `%`
 * with no space (`"50,72%"`, `"100%"`).
 *
 * @param percent - The percentage itself (50.72 for 50,72 %), not a fraction; or an exact decimal string.
 * @param options - `decimals`: fixed number of decimals.
 * @returns The formatted percentage.
 * @throws {EgovError} `invalid-argument` as {@link formatVietnameseNumber}.
 * @example
 * ```ts
 * formatVietnamesePercent(50.72); // "50,72%"
 * formatVietnamesePercent(100); // "100%"
 * formatVietnamesePercent((43 / 56) * 100, { decimals: 1 }); // "76,8%"
 * ```
 */
export function formatVietnamesePercent(percent: number | string, options: FormatNumberOptions = {}): string {
  return `${formatVietnameseNumber(percent, options)}%`;
}
