import type { ParseNumberOptions } from '../numbers/parsed-number';
import { unwrap } from '../result/result';
import { safeParseStatedFigure } from './safe-parse-stated-figure';
import type { StatedFigure } from './stated-figure';

/**
 * Like {@link safeParseStatedFigure}, but throws instead of returning a finding: for figures the program
 * itself wrote (fixtures, configuration). Use the safe variant for documents.
 *
 * @param text - The printed figure, or a number.
 * @param options - Number notation (default `'vi'`), and the `path`/`location` to put on the finding.
 * @returns The figure with its reading.
 * @throws {EgovError} with the finding's rule id as code (`core/figure-invalid`, …).
 * @example
 * ```ts
 * parseStatedFigure('hơn 5 tỷ đồng'); // { reading: 'at-least', strict: true, value: '5', unit: 'tỷ đồng', … }
 * parseStatedFigure('gần như toàn bộ'); // { reading: 'about', value: '100', unit: '%', … }
 * ```
 */
export function parseStatedFigure(text: string | number, options: ParseNumberOptions = {}): StatedFigure {
  return unwrap(safeParseStatedFigure(text, options));
}
