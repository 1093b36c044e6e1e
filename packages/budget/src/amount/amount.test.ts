import { EgovError } from '@egov/core';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Amount } from './amount';

describe('Amount', () => {
  it('adds the four tasks of source 000 (Lạng Sơn plan 200/KH-SKHĐT) to 212.000.000 đồng', () => {
    const parts = ['35000000', '15000000', '12000000', '150000000'].map((v) => Amount.fromDong(v));
    expect(Amount.sum(parts).toString()).toBe('212000000');
  });

  it('converts triệu and tỷ with decimals exactly (sources 002, 003)', () => {
    expect(Amount.fromUnit('15.2', 'ty').toString()).toBe('15200000000');
    expect(Amount.fromUnit('2.2', 'ty').toString()).toBe('2200000000');
    expect(Amount.fromUnit('1.4', 'ty').toBigInt()).toBe(1_400_000_000n);
    expect(Amount.fromUnit('0.1', 'trieu').toString()).toBe('100000');
    expect(Amount.fromUnit(35, 'trieu').toString()).toBe('35000000');
    expect(Amount.fromUnit(7n, 'nghin').toString()).toBe('7000');
    expect(Amount.fromUnit(1.4, 'ty').toString()).toBe('1400000000');
    expect(() => Amount.fromUnit(0.1 + 0.2, 'ty')).toThrow(/whole number of đồng/);
    expect(() => Amount.fromUnit(Number.NaN, 'ty')).toThrow(/finite/);
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004; here it is exact.
    expect(Amount.fromUnit('0.1', 'ty').plus(Amount.fromUnit('0.2', 'ty')).equals(Amount.fromUnit('0.3', 'ty'))).toBe(true);
  });

  it('refuses a fraction of a đồng instead of rounding it silently', () => {
    expect(() => Amount.fromUnit('1.0000000001', 'ty')).toThrow(/whole number of đồng/);
    expect(() => Amount.fromUnit('0.5', 'dong')).toThrow(EgovError);
    expect(() => Amount.fromDong('1.5')).toThrow(/string of digits/);
    expect(() => Amount.fromDong(1.5)).toThrow(/safe integer/);
    expect(() => Amount.fromDong(2 ** 60)).toThrow(/safe integer/);
    expect(() => Amount.fromUnit('15,2', 'ty')).toThrow(/decimal number/);
    try {
      Amount.fromUnit('0.0000000005', 'ty');
    } catch (error) {
      expect(EgovError.isInstance(error) && error.code).toBe('budget/non-whole-dong');
    }
  });

  it('does arithmetic and comparison', () => {
    const a = Amount.fromDong(8_000_000_000);
    const b = Amount.fromDong(7_200_000_000);
    expect(a.plus(b).toString()).toBe('15200000000');
    expect(b.minus(a).toString()).toBe('-800000000');
    expect(b.minus(a).isNegative()).toBe(true);
    expect(b.minus(a).abs().toString()).toBe('800000000');
    expect(a.negated().negated().equals(a)).toBe(true);
    expect(a.compare(b)).toBe(1);
    expect(b.compare(a)).toBe(-1);
    expect(a.compare('8000000000')).toBe(0);
    expect(a.times(3).toString()).toBe('24000000000');
    expect(Amount.fromDong(15).times('0.1', 'half-up').toString()).toBe('2');
    expect(Amount.fromDong(15).times('0.1', 'down').toString()).toBe('1');
    expect(() => Amount.fromDong(15).times('0.1')).toThrow(/whole number/);
    expect(Amount.zero.isZero()).toBe(true);
    expect(Amount.fromDong(0).minus(0).isNegative()).toBe(false);
    expect(Amount.fromDong(1).isPositive()).toBe(true);
    expect(Amount.max(a, b)).toBe(a);
    expect(Amount.sum([]).isZero()).toBe(true);
  });

  it('computes percentages with an explicit rounding mode', () => {
    const total = Amount.fromDong(212_000_000);
    expect(total.percent('12.5', 'half-up').toString()).toBe('26500000');
    expect(Amount.fromDong(5).percent(50, 'half-even').toString()).toBe('2');
    expect(Amount.fromDong(5).percent(50, 'half-up').toString()).toBe('3');
    expect(Amount.fromDong(-5).percent(50, 'half-up').toString()).toBe('-3');
    expect(Amount.fromDong(-5).percent(50, 'floor').toString()).toBe('-3');
    expect(Amount.fromDong(-5).percent(50, 'ceil').toString()).toBe('-2');
    expect(Amount.fromDong(35_000_000).percentOf(total, 2, 'half-up')).toBe('16.51');
    expect(Amount.fromDong(35_000_000).percentOf(total, 0, 'down')).toBe('16');
    expect(() => total.percentOf(Amount.zero, 2, 'half-up')).toThrow(/zero/);
  });

  it('keeps every digit up to and beyond 10^21 đồng', () => {
    const big = Amount.fromDong('999999999999999999999');
    expect(big.plus(1).toString()).toBe('1000000000000000000000');
    expect(Amount.fromDong(10n ** 30n).toString()).toBe(`1${'0'.repeat(30)}`);
    expect(Amount.fromUnit('1000000000000.000000001', 'ty').toString()).toBe('1000000000000000000001');
  });

  it('serialises as an integer string and is immutable', () => {
    const a = Amount.fromDong(6_000_000_000);
    expect(JSON.stringify({ total: a })).toBe('{"total":"6000000000"}');
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.toUnit('ty')).toBe('6');
    expect(Amount.fromDong(15_200_000_000).toUnit('ty')).toBe('15.2');
    expect(Amount.fromDong(1).toUnit('ty')).toBe('0.000000001');
  });

  it('never touches the global decimal.js configuration', () => {
    const before = Decimal.precision;
    Amount.fromDong(1).percent('33.3333', 'half-up');
    expect(Decimal.precision).toBe(before);
    expect(Decimal.precision).toBe(20);
  });

  it('agrees with bigint arithmetic on random amounts (property)', () => {
    const big = fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n });
    fc.assert(
      fc.property(big, big, (x, y) => {
        const a = Amount.fromDong(x);
        const b = Amount.fromDong(y);
        expect(a.plus(b).toBigInt()).toBe(x + y);
        expect(a.minus(b).toBigInt()).toBe(x - y);
        expect(a.compare(b)).toBe(x < y ? -1 : x > y ? 1 : 0);
        expect(Amount.fromDong(a.toString()).equals(a)).toBe(true);
      }),
    );
  });
});
