import { splitDecimal } from '../numbers/decimal-string';

/**
 * The canonical decimal string of a finite number or a decimal string, without an exponent
 * (`1e21` → `"1000000000000000000000"`), or `undefined` when it is not one.
 *
 * @internal
 */
export function toDecimalText(value: number | string): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return splitDecimal(trimmed) === undefined ? undefined : trimmed;
  }
  if (!Number.isFinite(value)) return undefined;
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * Compares two canonical decimal strings exactly: negative, zero or positive as `a` is less than, equal to
 * or greater than `b`.
 *
 * @internal
 */
export function compareDecimal(a: string, b: string): number {
  const x = splitDecimal(a);
  const y = splitDecimal(b);
  if (x === undefined || y === undefined) return Number(a) - Number(b);
  const xSign = /^0*$/.test(x.integer + x.fraction) ? 0 : x.negative ? -1 : 1;
  const ySign = /^0*$/.test(y.integer + y.fraction) ? 0 : y.negative ? -1 : 1;
  if (xSign !== ySign) return xSign - ySign;
  if (xSign === 0) return 0;
  const magnitude = compareMagnitude(x.integer, x.fraction, y.integer, y.fraction);
  return xSign === -1 ? -magnitude : magnitude;
}

function compareMagnitude(aInt: string, aFrac: string, bInt: string, bFrac: string): number {
  const ai = aInt.replace(/^0+/, '');
  const bi = bInt.replace(/^0+/, '');
  if (ai.length !== bi.length) return ai.length - bi.length;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const length = Math.max(aFrac.length, bFrac.length);
  const af = aFrac.padEnd(length, '0');
  const bf = bFrac.padEnd(length, '0');
  if (af === bf) return 0;
  return af < bf ? -1 : 1;
}
