// Internal helpers for exact decimal strings ("-1409.50"): money must never pass through a float when it
// can be avoided, so parsing and formatting work on digit strings.

/** An exact decimal split into its parts; digits only, no separators. */
export interface DecimalParts {
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
}

const canonicalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Builds the canonical decimal string: no leading zeros in the integer part, fraction digits kept as
 * printed (trailing zeros carry precision), and no sign on zero.
 */
export function toCanonicalDecimal(parts: DecimalParts): string {
  const integer = parts.integer.replace(/^0+(?=\d)/, '') || '0';
  const isZero = /^0*$/.test(integer + parts.fraction);
  const sign = parts.negative && !isZero ? '-' : '';
  return parts.fraction === '' ? `${sign}${integer}` : `${sign}${integer}.${parts.fraction}`;
}

/** Splits a canonical-looking decimal string (`-?digits(.digits)?`), or returns `undefined`. */
export function splitDecimal(decimal: string): DecimalParts | undefined {
  const match = canonicalPattern.exec(decimal);
  if (match === null) return undefined;
  return { negative: match[1] === '-', integer: match[2] ?? '0', fraction: match[3] ?? '' };
}

/** The shortest decimal string that reads back as `value` (JavaScript's own choice), without exponent. */
export function numberToDecimal(value: number): string {
  const text = String(Math.abs(value));
  const negative = value < 0;
  const exponentAt = text.indexOf('e');
  if (exponentAt === -1) {
    const [integer = '0', fraction = ''] = text.split('.');
    return toCanonicalDecimal({ negative, integer, fraction });
  }
  const mantissa = text.slice(0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const [head = '0', tail = ''] = mantissa.split('.');
  const digits = head + tail;
  const point = head.length + exponent;
  if (point <= 0) {
    return toCanonicalDecimal({ negative, integer: '0', fraction: '0'.repeat(-point) + digits });
  }
  if (point >= digits.length) {
    return toCanonicalDecimal({ negative, integer: digits + '0'.repeat(point - digits.length), fraction: '' });
  }
  return toCanonicalDecimal({ negative, integer: digits.slice(0, point), fraction: digits.slice(point) });
}

/** Rounds (half away from zero) or pads an exact decimal to exactly `decimals` fraction digits. */
export function roundDecimal(parts: DecimalParts, decimals: number): DecimalParts {
  if (parts.fraction.length <= decimals) {
    return { ...parts, fraction: parts.fraction.padEnd(decimals, '0') };
  }
  const kept = parts.integer + parts.fraction.slice(0, decimals);
  const roundUp = (parts.fraction.charAt(decimals) || '0') >= '5';
  const digits = roundUp ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept;
  const integerLength = digits.length - decimals;
  return {
    negative: parts.negative,
    integer: digits.slice(0, integerLength),
    fraction: digits.slice(integerLength),
  };
}

/** Inserts `separator` between groups of three integer digits. */
export function groupThousands(integer: string, separator: string): string {
  return integer.replace(/\B(?=(?:\d{3})+(?!\d))/g, separator);
}
