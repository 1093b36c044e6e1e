import { unwrap } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Amount } from '../amount/amount';
import type { AmountUnit } from '../amount/amount-unit';
import { formatAmount } from './format-amount';
import { parseAmount, safeParseAmount, type ParseAmountOptions } from './parse-amount';

function read(text: string | number, options?: ParseAmountOptions) {
  return unwrap(safeParseAmount(text, options));
}

function ruleOf(text: string | number, options?: ParseAmountOptions): string | undefined {
  const result = safeParseAmount(text, options);
  return result.ok ? undefined : result.error.ruleId;
}

describe('safeParseAmount', () => {
  // [printed, table unit, đồng, printed precision in đồng]
  const cases: readonly [string, AmountUnit | undefined, string, string][] = [
    // source 002 (Thái Bình 818/QĐ-UBND), section III
    ['2.200.000.000 đồng', undefined, '2200000000', '1'],
    ['1.800.000.000 đồng', undefined, '1800000000', '1'],
    ['2.000.000.000 đồng', undefined, '2000000000', '1'],
    ['6 tỷ đồng', undefined, '6000000000', '1000000000'],
    // source 000 (Lạng Sơn 200/KH-SKHĐT), column "Đơn vị tính: Đồng"
    ['35.000.000', 'dong', '35000000', '1'],
    ['150.000.000', 'dong', '150000000', '1'],
    ['35.000.000', undefined, '35000000', '1'],
    // source 003 (Hà Giang 1653/QĐ-UBND), "Đơn vị: tỷ đồng"; the table prints dot decimals
    ['15.2 tỷ đồng', undefined, '15200000000', '100000000'],
    ['15,2 tỷ', undefined, '15200000000', '100000000'],
    ['1.4', 'ty', '1400000000', '100000000'],
    ['1,4', 'ty', '1400000000', '100000000'],
    ['7.2', 'ty', '7200000000', '100000000'],
    ['0', 'ty', '0', '1000000000'],
    ['8', 'ty', '8000000000', '1000000000'],
    ['0.5', 'ty', '500000000', '100000000'],
    // suffixes and spellings
    ['500.000đ', undefined, '500000', '1'],
    ['500.000 ₫', undefined, '500000', '1'],
    ['1.250.000 VNĐ', undefined, '1250000', '1'],
    ['1.250.000 VND', undefined, '1250000', '1'],
    ['1.250.000 vnđ', undefined, '1250000', '1'],
    ['15 200 000 đồng', undefined, '15200000', '1'],
    ['12,5 triệu đồng', undefined, '12500000', '100000'],
    ['35 triệu', undefined, '35000000', '1000000'],
    ['1,5 tỉ', undefined, '1500000000', '100000000'],
    ['200 nghìn đồng', undefined, '200000', '1000'],
    ['200 ngàn', undefined, '200000', '1000'],
    ['2.200.000.000 đồng', 'ty', '2200000000', '1'],
    ['-800.000.000 đồng', undefined, '-800000000', '1'],
    ['−0,8 tỷ', undefined, '-800000000', '100000000'],
    ['1.234.567,5 nghìn đồng', undefined, '1234567500', '100'],
    ['15.200', 'dong', '15200', '1'],
    ['35.000.000.', undefined, '35000000', '1'],
    ['35.000.000 đ.', undefined, '35000000', '1'],
  ];

  it.each(cases)('reads %j (unit %s) as %s đồng, precise to %s', (text, unit, dong, precision) => {
    const parsed = read(text, unit === undefined ? {} : { unit });
    expect(parsed.amount.toString()).toBe(dong);
    expect(parsed.precision.toString()).toBe(precision);
  });

  it('tells where the unit came from', () => {
    expect(read('1,4', { unit: 'ty' }).unitSource).toBe('context');
    expect(read('1,4 tỷ').unitSource).toBe('text');
    expect(read('35.000.000').unitSource).toBe('default');
    expect(read('15,2 tỷ')).toMatchObject({ unit: 'ty', value: '15.2', decimals: 1, text: '15,2 tỷ' });
  });

  it('reads spreadsheet numbers from their shortest decimal form', () => {
    expect(read(1.4, { unit: 'ty' }).amount.toString()).toBe('1400000000');
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point: reported, not rounded away.
    expect(ruleOf(0.1 + 0.2, { unit: 'ty' })).toBe('budget/non-whole-dong');
    expect(read(0.3, { unit: 'ty' }).amount.toString()).toBe('300000000');
    expect(read(35000000).amount.toString()).toBe('35000000');
    expect(ruleOf(Number.NaN)).toBe('budget/amount-invalid');
  });

  it('reports ambiguous inputs instead of guessing', () => {
    const result = safeParseAmount('15.200', { unit: 'ty' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.ruleId).toBe('budget/amount-ambiguous');
      expect(result.error.data).toMatchObject({ readings: ['15200', '15.200'] });
      expect(result.error.message.vi).toContain('15,200');
    }
    expect(ruleOf('15,200 tỷ')).toBe('budget/amount-ambiguous');
    expect(ruleOf('1.400', { unit: 'trieu' })).toBe('budget/amount-ambiguous');
    expect(ruleOf('1.100 tỷ đồng')).toBe('budget/amount-ambiguous');
    expect(read('1.100 tỷ đồng', { notation: 'vi' }).amount.toString()).toBe('1100000000000');
    // a known notation decides
    expect(read('15.200', { unit: 'ty', notation: 'vi' }).amount.toString()).toBe('15200000000000');
    expect(read('15.200', { unit: 'ty', notation: 'en' }).amount.toString()).toBe('15200000000');
    expect(read('15,200', { unit: 'trieu', notation: 'vi' }).amount.toString()).toBe('15200000');
  });

  it('reports malformed amounts with a finding that names the text and the place', () => {
    expect(ruleOf('')).toBe('budget/amount-empty');
    expect(ruleOf('   ')).toBe('budget/amount-empty');
    expect(ruleOf('abc')).toBe('budget/amount-invalid');
    expect(ruleOf('1.23.456')).toBe('budget/amount-invalid');
    expect(ruleOf('1.2345.678')).toBe('budget/amount-invalid');
    expect(ruleOf('15 20 đồng')).toBe('budget/amount-invalid');
    expect(ruleOf('1,234.5 triệu', { notation: 'vi' })).toBe('budget/amount-notation');
    expect(ruleOf('15,2 đô la')).toBe('budget/amount-unit-unknown');
    expect(ruleOf('15,5 đồng')).toBe('budget/non-whole-dong');
    expect(ruleOf('1,0000000001 tỷ')).toBe('budget/non-whole-dong');
    const result = safeParseAmount('abc', { path: ['lines', 2, 'amount'], location: { row: 7, column: 'H' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.path).toBe('/lines/2/amount');
      expect(result.error.location).toEqual({ row: 7, column: 'H' });
      expect(result.error.message.en).toContain('"abc"');
    }
  });

  it('has a throwing variant for values written in code', () => {
    expect(parseAmount('2.200.000.000 đồng').toString()).toBe('2200000000');
    expect(() => parseAmount('15.200', { unit: 'ty' })).toThrow(/ambiguous/);
  });
});

describe('formatAmount', () => {
  it('prints full and compact vi-VN forms', () => {
    const a = Amount.fromDong(15_200_000_000);
    expect(formatAmount(a)).toBe('15.200.000.000 đồng');
    expect(formatAmount(a, { style: 'compact' })).toBe('15,2 tỷ đồng');
    expect(formatAmount(Amount.fromDong(6_000_000_000), { style: 'compact' })).toBe('6 tỷ đồng');
    expect(formatAmount(Amount.fromDong(212_000_000), { style: 'compact' })).toBe('212 triệu đồng');
    expect(formatAmount(Amount.fromDong(212_000_000))).toBe('212.000.000 đồng');
    expect(formatAmount(Amount.fromDong(500_000), { style: 'compact' })).toBe('500.000 đồng');
    expect(formatAmount(Amount.fromDong(1_100_000_000_000), { style: 'compact' })).toBe('1.100 tỷ đồng');
    expect(formatAmount(Amount.fromDong(-800_000_000), { style: 'compact' })).toBe('-800 triệu đồng');
    expect(formatAmount(Amount.fromDong(15_234_567_891), { style: 'compact' })).toBe('15,234567891 tỷ đồng');
    expect(formatAmount(Amount.zero)).toBe('0 đồng');
  });

  it('prints in a table unit, with fixed decimals and explicit rounding', () => {
    expect(formatAmount(Amount.fromDong(8_000_000_000), { unit: 'ty', currency: false })).toBe('8');
    expect(formatAmount(Amount.fromDong(7_200_000_000), { unit: 'ty', currency: false })).toBe('7,2');
    expect(formatAmount(Amount.fromDong(7_200_000_000), { unit: 'ty', decimals: 2 })).toBe('7,20 tỷ đồng');
    expect(formatAmount(Amount.fromDong(15_250_000_000), { style: 'compact', decimals: 1, rounding: 'half-up' })).toBe(
      '15,3 tỷ đồng',
    );
    expect(formatAmount(Amount.fromDong(15_250_000_000), { style: 'compact', decimals: 1, rounding: 'half-even' })).toBe(
      '15,2 tỷ đồng',
    );
    expect(() => formatAmount(Amount.fromDong(15_250_000_000), { style: 'compact', decimals: 1 })).toThrow(/rounding/);
    expect(formatAmount(Amount.fromDong(15_200_000_000), { style: 'compact', notation: 'en' })).toBe('15.2 tỷ đồng');
  });

  it('reads back what it prints, full and compact (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), (n) => {
        const amount = Amount.fromDong(n);
        expect(parseAmount(formatAmount(amount)).equals(amount)).toBe(true);
        // "1.100 tỷ đồng" is ambiguous without a notation; what this package prints is vi-VN.
        expect(parseAmount(formatAmount(amount, { style: 'compact' }), { notation: 'vi' }).equals(amount)).toBe(true);
        expect(parseAmount(formatAmount(amount, { unit: 'ty', currency: false }), { unit: 'ty', notation: 'vi' }).equals(amount)).toBe(
          true,
        );
      }),
    );
  });
});
