import { EgovError } from '@egov/core';
import { amountBrand } from './amount-brand';
import { amountUnitExponents, type AmountUnit } from './amount-unit';
import { D, type Dec } from './decimal';
import { toDecimalRounding, type RoundingMode } from './rounding-mode';

/** What an {@link Amount} can be built from: a whole number of đồng. Numbers must be safe integers. */
export type DongValue = bigint | number | string;

const integerPattern = /^[+-]?\d+$/;
const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function nonWhole(value: string, unit: AmountUnit): EgovError {
  return new EgovError({
    code: 'budget/non-whole-dong',
    message: `Expected a whole number of đồng, found ${value} ${unit === 'dong' ? 'đồng' : `(${unit})`}: amounts are kept in whole đồng and never rounded silently`,
  });
}

function toDec(value: DongValue | Amount, what: string): Dec {
  if (value instanceof Amount) return value.toDecimal();
  if (typeof value === 'bigint') return new D(value.toString());
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new EgovError({
        code: 'budget/unsafe-number',
        message: `Expected ${what} as a safe integer number, a bigint or a digit string, found ${String(value)}; pass larger or fractional values as strings`,
      });
    }
    return new D(value);
  }
  const text = value.trim();
  if (!integerPattern.test(text)) {
    throw new EgovError({
      code: 'budget/invalid-integer',
      message: `Expected ${what} as a string of digits, found "${value}"`,
    });
  }
  return new D(text);
}

/**
 * An exact amount of money in whole đồng, the unit of account of the Vietnamese State Budget
 * (State Budget Law 83/2015/QH13 keeps accounts in đồng). Backed by a private decimal.js clone with
 * 64 significant digits, so there is no precision loss far beyond 10^21 đồng, and no binary floating
 * point anywhere. Instances are immutable; every operation returns a new amount. Operations that could
 * produce a fraction of a đồng either throw (`budget/non-whole-dong`) or take an explicit
 * {@link RoundingMode}.
 *
 * @example
 * ```ts
 * const total = Amount.sum([
 *   Amount.fromDong('35000000'),
 *   Amount.fromDong(15_000_000),
 *   Amount.fromUnit('12', 'trieu'),
 *   Amount.fromUnit('0.15', 'ty'),
 * ]);
 * total.toString(); // "212000000"
 * Amount.fromUnit('15.2', 'ty').toString(); // "15200000000"
 * ```
 */
export class Amount {
  readonly #value: Dec;
  /** Lazily cached integer string (private fields are outside `Object.freeze`; not observable). */
  #digits: string | undefined;

  private constructor(value: Dec) {
    // `-0` would print as "0" but compare oddly in decimal.js; normalise it away.
    this.#value = value.isZero() ? new D(0) : value;
    Object.freeze(this);
  }

  /** Marks an amount on the prototype, so that any copy of the package recognises it (see `isAmount`). */
  // A getter, not a readonly field: a field would be an own property of every (frozen) amount.
  // eslint-disable-next-line @typescript-eslint/class-literal-property-style
  get [amountBrand](): true {
    return true;
  }

  /** Zero đồng. */
  static readonly zero: Amount = new Amount(new D(0));

  /**
   * An amount of whole đồng.
   *
   * @param value - Whole đồng: a safe integer, a bigint or a string of digits (optionally signed).
   * @returns The amount.
   * @throws {EgovError} `budget/invalid-integer` or `budget/unsafe-number` when `value` is not a whole
   *   number of đồng.
   * @example
   * ```ts
   * Amount.fromDong(2_200_000_000n).toString(); // "2200000000"
   * Amount.fromDong('-5').isNegative(); // true
   * ```
   */
  static fromDong(value: DongValue): Amount {
    return new Amount(toDec(value, 'đồng'));
  }

  /**
   * An amount given in a unit (đồng, nghìn, triệu, tỷ) with an exact decimal value, as tables print it.
   * The decimal uses a dot (canonical form, not Vietnamese notation: use `safeParseAmount` for "15,2").
   *
   * @param value - The value in `unit`: a canonical decimal string ("15.2"), a bigint, or a finite number
   *   (read from its shortest decimal form, so `15.2` is 15,2).
   * @param unit - The unit the value is expressed in.
   * @returns The exact amount in đồng.
   * @throws {EgovError} `budget/non-whole-dong` when the value is not a whole number of đồng (e.g.
   *   "1.0000000001" tỷ), `budget/invalid-decimal` when the string is not a decimal.
   * @example
   * ```ts
   * Amount.fromUnit('15.2', 'ty').toString(); // "15200000000"
   * Amount.fromUnit(35, 'trieu').toString(); // "35000000"
   * Amount.fromUnit(1.4, 'ty').toString(); // "1400000000"
   * ```
   */
  static fromUnit(value: DongValue, unit: AmountUnit): Amount {
    let dec: Dec;
    if (typeof value === 'string') {
      const text = value.trim();
      if (!decimalPattern.test(text)) {
        throw new EgovError({
          code: 'budget/invalid-decimal',
          message: `Expected a decimal number such as "15.2", found "${value}"`,
        });
      }
      dec = new D(text);
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        throw new EgovError({ code: 'budget/invalid-decimal', message: `Expected a finite number, found ${String(value)}` });
      }
      // The shortest decimal that prints as this number: 15.2 is read as 15,2, never as its binary value.
      dec = new D(String(value));
    } else {
      dec = toDec(value, unit);
    }
    const scaled = dec.times(new D(10).pow(amountUnitExponents[unit]));
    if (!scaled.isInteger()) throw nonWhole(String(value), unit);
    return new Amount(scaled);
  }

  /**
   * Whether a value is an {@link Amount}.
   *
   * @param value - Anything.
   * @returns `true` for amounts.
   * @example
   * ```ts
   * Amount.isAmount(Amount.zero); // true
   * ```
   */
  static isAmount(value: unknown): value is Amount {
    return value instanceof Amount;
  }

  /**
   * The exact sum of amounts (zero for none).
   *
   * @param amounts - Any iterable of amounts.
   * @returns Their sum.
   * @example
   * ```ts
   * Amount.sum([Amount.fromUnit('2.2', 'ty'), Amount.fromUnit('1.8', 'ty'), Amount.fromUnit('2', 'ty')])
   *   .toString(); // "6000000000"
   * ```
   */
  static sum(amounts: Iterable<Amount>): Amount {
    let total = new D(0);
    for (const amount of amounts) total = total.plus(amount.#value);
    return new Amount(total);
  }

  /**
   * The larger or smaller of two amounts.
   *
   * @param a - An amount.
   * @param b - Another amount.
   * @returns The larger one (`max`).
   * @example
   * ```ts
   * Amount.max(Amount.fromDong(1), Amount.fromDong(2)).toString(); // "2"
   * ```
   */
  static max(a: Amount, b: Amount): Amount {
    return a.compare(b) >= 0 ? a : b;
  }

  /**
   * Adds another amount.
   *
   * @param other - The amount to add (or whole đồng).
   * @returns `this + other`.
   * @example
   * ```ts
   * Amount.fromDong(1).plus(Amount.fromDong(2)).toString(); // "3"
   * ```
   */
  plus(other: Amount | DongValue): Amount {
    return new Amount(this.#value.plus(toDec(other, 'đồng')));
  }

  /**
   * Subtracts another amount.
   *
   * @param other - The amount to subtract (or whole đồng).
   * @returns `this − other`.
   * @example
   * ```ts
   * Amount.fromDong(1).minus(3).toString(); // "-2"
   * ```
   */
  minus(other: Amount | DongValue): Amount {
    return new Amount(this.#value.minus(toDec(other, 'đồng')));
  }

  /**
   * Multiplies by a factor. An integer factor is always exact; a decimal factor ("0.1") needs a
   * rounding mode unless the product happens to be whole.
   *
   * @param factor - An integer (number, bigint) or a canonical decimal string.
   * @param rounding - How to round a non-whole product to whole đồng.
   * @returns The product in whole đồng.
   * @throws {EgovError} `budget/non-whole-dong` when the product is not whole and no rounding is given.
   * @example
   * ```ts
   * Amount.fromDong(15).times(3).toString(); // "45"
   * Amount.fromDong(15).times('0.1', 'half-up').toString(); // "2"
   * ```
   */
  times(factor: DongValue, rounding?: RoundingMode): Amount {
    const f =
      typeof factor === 'string' && decimalPattern.test(factor.trim())
        ? new D(factor.trim())
        : toDec(factor, 'factor');
    const product = this.#value.times(f);
    if (product.isInteger()) return new Amount(product);
    if (rounding === undefined) throw nonWhole(product.toString(), 'dong');
    return new Amount(product.toDecimalPlaces(0, toDecimalRounding(rounding)));
  }

  /**
   * A percentage of this amount, rounded to whole đồng with an explicit mode.
   *
   * @param percent - The percentage as a canonical decimal string or a number ("12.5" means 12,5 %).
   * @param rounding - How to round to whole đồng.
   * @returns `this × percent / 100`, rounded.
   * @example
   * ```ts
   * Amount.fromDong(212_000_000).percent('12.5', 'half-up').toString(); // "26500000"
   * Amount.fromDong(5).percent(50, 'half-even').toString(); // "2"
   * ```
   */
  percent(percent: string | number, rounding: RoundingMode): Amount {
    const p = new D(typeof percent === 'number' ? String(percent) : percent.trim());
    const value = this.#value.times(p).dividedBy(100);
    return new Amount(value.toDecimalPlaces(0, toDecimalRounding(rounding)));
  }

  /**
   * The share of this amount in `whole`, as a percentage string with fixed decimals (a dot decimal, for
   * machines; format it for people with `formatDecimal`).
   *
   * @param whole - The denominator. Must not be zero.
   * @param decimals - Decimals to keep.
   * @param rounding - How to round the last decimal.
   * @returns The percentage, e.g. "12.50".
   * @throws {EgovError} `budget/zero-denominator` when `whole` is zero.
   * @example
   * ```ts
   * Amount.fromDong(35_000_000).percentOf(Amount.fromDong(212_000_000), 2, 'half-up'); // "16.51"
   * ```
   */
  percentOf(whole: Amount, decimals: number, rounding: RoundingMode): string {
    if (whole.isZero()) {
      throw new EgovError({
        code: 'budget/zero-denominator',
        message: 'Cannot compute a percentage of a zero amount',
      });
    }
    return this.#value
      .times(100)
      .dividedBy(whole.#value)
      .toFixed(decimals, toDecimalRounding(rounding));
  }

  /**
   * The negated amount.
   *
   * @returns `−this`.
   * @example
   * ```ts
   * Amount.fromDong(5).negated().toString(); // "-5"
   * ```
   */
  negated(): Amount {
    return new Amount(this.#value.negated());
  }

  /**
   * The absolute amount.
   *
   * @returns `|this|`.
   * @example
   * ```ts
   * Amount.fromDong(-5).abs().toString(); // "5"
   * ```
   */
  abs(): Amount {
    return new Amount(this.#value.abs());
  }

  /**
   * Compares with another amount.
   *
   * @param other - The amount to compare with.
   * @returns `-1`, `0` or `1`.
   * @example
   * ```ts
   * Amount.fromDong(1).compare(Amount.fromDong(2)); // -1
   * ```
   */
  compare(other: Amount | DongValue): -1 | 0 | 1 {
    const c = this.#value.comparedTo(toDec(other, 'đồng'));
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }

  /**
   * Whether two amounts are equal.
   *
   * @param other - The amount to compare with.
   * @returns `true` when both are the same number of đồng.
   * @example
   * ```ts
   * Amount.fromUnit('15.2', 'ty').equals(Amount.fromDong(15_200_000_000)); // true
   * ```
   */
  equals(other: Amount | DongValue): boolean {
    return this.compare(other) === 0;
  }

  /**
   * Whether this amount is zero.
   *
   * @returns `true` for 0 đồng.
   * @example
   * ```ts
   * Amount.zero.isZero(); // true
   * ```
   */
  isZero(): boolean {
    return this.#value.isZero();
  }

  /**
   * Whether this amount is below zero.
   *
   * @returns `true` for negative amounts.
   * @example
   * ```ts
   * Amount.fromDong(-1).isNegative(); // true
   * ```
   */
  isNegative(): boolean {
    return this.#value.isNegative() && !this.#value.isZero();
  }

  /**
   * Whether this amount is above zero.
   *
   * @returns `true` for positive amounts.
   * @example
   * ```ts
   * Amount.fromDong(1).isPositive(); // true
   * ```
   */
  isPositive(): boolean {
    return this.#value.isPositive() && !this.#value.isZero();
  }

  /**
   * The amount expressed in a unit, as an exact canonical decimal string (dot decimal, no grouping).
   *
   * @param unit - The unit.
   * @returns E.g. "15.2" for 15 200 000 000 đồng in tỷ.
   * @example
   * ```ts
   * Amount.fromDong(15_200_000_000).toUnit('ty'); // "15.2"
   * ```
   */
  toUnit(unit: AmountUnit): string {
    return this.#value.dividedBy(new D(10).pow(amountUnitExponents[unit])).toString();
  }

  /**
   * The amount as a bigint of đồng.
   *
   * @returns The exact value.
   * @example
   * ```ts
   * Amount.fromUnit('1', 'ty').toBigInt(); // 1000000000n
   * ```
   */
  toBigInt(): bigint {
    return BigInt(this.toString());
  }

  /**
   * The underlying decimal (of the package's private decimal.js clone). For interoperability only.
   *
   * @returns A decimal.js value equal to this amount.
   * @example
   * ```ts
   * Amount.fromDong(7).toDecimal().toString(); // "7"
   * ```
   */
  toDecimal(): Dec {
    return this.#value;
  }

  /**
   * The amount in whole đồng as a plain integer string (no grouping, no exponent).
   *
   * @returns E.g. "15200000000".
   * @example
   * ```ts
   * Amount.fromUnit('1000', 'ty').times(1_000_000_000).toString(); // "1000000000000000000000"
   * ```
   */
  toString(): string {
    return (this.#digits ??= this.#value.toFixed(0));
  }

  /**
   * JSON form: the integer string of đồng (numbers would lose precision above 2^53).
   *
   * @returns The same as {@link Amount.toString}.
   * @example
   * ```ts
   * JSON.stringify({ total: Amount.fromDong(6_000_000_000) }); // '{"total":"6000000000"}'
   * ```
   */
  toJSON(): string {
    return this.toString();
  }
}
