import { safeParseStatedFigure, type StatedFigure } from '@egov/core';

/**
 * A stated count or target value as the document prints it: a number (`33`), or the printed figure
 * (`"trên 120"`, `"ít nhất 02"`, `"khoảng 40"`, `"88-90%"`), read with `@egov/core`'s stated figures. A
 * share target (`share: true`) is a fraction in [0, 1]: a number is taken as the fraction, a printed
 * percentage is divided by 100 ("tối thiểu 50%" → at least 0.5). Returns `undefined` for text that is not
 * a figure (the schema has already reported it).
 *
 * @param value - The value of a stated total or target.
 * @param options - `share: true` for a share target.
 * @returns The figure, or `undefined`.
 * @example
 * ```ts
 * readStatedValue('trên 120'); // { reading: 'at-least', strict: true, value: '120', … }
 * readStatedValue('tối thiểu 50%', { share: true }); // { reading: 'at-least', value: '0.5', … }
 * readStatedValue(33); // { reading: 'exact', value: '33', … }
 * ```
 */
export function readStatedValue(value: number | string, options: { readonly share?: boolean } = {}): StatedFigure | undefined {
  const read = safeParseStatedFigure(value, { notation: 'vi' });
  if (!read.ok) return undefined;
  const figure = read.value;
  if (options.share !== true || figure.unit !== '%') return figure;
  // A share is a fraction: the percent unit goes with the division by 100.
  return {
    printed: figure.printed,
    reading: figure.reading,
    strict: figure.strict,
    ...(figure.qualifier === undefined ? {} : { qualifier: figure.qualifier }),
    value: shiftLeftTwo(figure.value),
    ...(figure.to === undefined ? {} : { to: shiftLeftTwo(figure.to) }),
    precision: figure.precision + 2,
  };
}

/**
 * The least value a figure allows, for "how many are needed" (progress, minimums): the value of an exact
 * or approximate figure, the low end of a range, the bound of a lower bound (`strict` tells whether the
 * bound itself is excluded), and 0 for an upper bound (any value from 0 meets "không quá").
 *
 * @param figure - A stated figure.
 * @returns The least value and whether it is excluded.
 * @example
 * ```ts
 * figureMinimum(readStatedValue('trên 120')!); // { value: 120, strict: true }
 * ```
 */
export function figureMinimum(figure: StatedFigure): { readonly value: number; readonly strict: boolean } {
  if (figure.reading === 'at-most') return { value: 0, strict: false };
  return { value: Number(figure.value), strict: figure.reading === 'at-least' && figure.strict };
}

/** Divides an exact decimal string by 100 without a float: "50" → "0.5", "88.5" → "0.885". */
function shiftLeftTwo(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const padded = whole.padStart(3, '0');
  const integer = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  const digits = `${padded.slice(-2)}${fraction}`.replace(/0+$/, '');
  return `${negative ? '-' : ''}${integer}${digits === '' ? '' : `.${digits}`}`;
}

/**
 * The least whole count a stated count or target allows: 33 for `33`, 121 for "trên 120", 30 for "ít nhất
 * 30", 40 for "khoảng 40", 50 for "từ 50 đến 60", 0 for "không quá 10"; `undefined` when the value is not a
 * figure.
 *
 * @param value - The value of a stated total or count target.
 * @returns The least count, or `undefined`.
 * @example
 * ```ts
 * leastCount('trên 120'); // 121
 * leastCount(33); // 33
 * ```
 */
export function leastCount(value: number | string): number | undefined {
  const figure = readStatedValue(value);
  if (figure === undefined) return undefined;
  const minimum = figureMinimum(figure);
  return minimum.strict ? Math.floor(minimum.value) + 1 : Math.ceil(minimum.value);
}
