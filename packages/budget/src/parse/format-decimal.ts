/**
 * Prints a canonical decimal string ("15200.5", "-0.25") in Vietnamese notation: `.` groups thousands
 * and `,` marks decimals ("15.200,5"), or in English notation ("15,200.5").
 *
 * @param value - A canonical decimal: optional minus, digits, optional dot and digits.
 * @param notation - `vi` (default) or `en`.
 * @returns The grouped number.
 * @example
 * ```ts
 * formatDecimal('15200000000'); // "15.200.000.000"
 * formatDecimal('15.2'); // "15,2"
 * formatDecimal('1234.5', 'en'); // "1,234.5"
 * ```
 */
export function formatDecimal(value: string, notation: 'vi' | 'en' = 'vi'): string {
  const negative = value.startsWith('-');
  const body = negative ? value.slice(1) : value;
  const [intPart = '0', fracPart] = body.split('.');
  const group = notation === 'vi' ? '.' : ',';
  const decimal = notation === 'vi' ? ',' : '.';
  let grouped = '';
  for (let end = intPart.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = grouped === '' ? intPart.slice(start, end) : `${intPart.slice(start, end)}${group}${grouped}`;
  }
  return `${negative ? '-' : ''}${grouped}${fracPart === undefined || fracPart === '' ? '' : `${decimal}${fracPart}`}`;
}
