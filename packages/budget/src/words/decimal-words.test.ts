import { unwrap } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedDecimalPairs } from '../__fixtures__/number-words-pairs';
import { decimalToWords, safeWordsToDecimal } from './decimal-words';

describe('decimal numbers in words ("phẩy")', () => {
  it.each(publishedDecimalPairs)('%s ⇄ "%s" (%s)', (number, words) => {
    expect(decimalToWords(number)).toBe(words);
    expect(unwrap(safeWordsToDecimal(words))).toBe(number);
  });

  it('reads the decimals of the source tables and leading zeros', () => {
    expect(decimalToWords('15.2')).toBe('mười lăm phẩy hai');
    expect(decimalToWords('7.2', { currency: true, capitalize: true })).toBe('Bảy phẩy hai đồng');
    expect(decimalToWords('2.38')).toBe('hai phẩy ba mươi tám'); // SGK lớp 5
    expect(decimalToWords('2.05')).toBe('hai phẩy không năm');
    expect(decimalToWords('-0.5')).toBe('âm không phẩy năm');
    expect(decimalToWords('12')).toBe('mười hai');
    expect(decimalToWords(0.25, { separator: 'chấm' })).toBe('không chấm hai mươi lăm');
    expect(() => decimalToWords('15,2')).toThrow(/decimal number/);
  });

  it('reads words back, with either mark, and reports nonsense', () => {
    expect(unwrap(safeWordsToDecimal('ba trăm linh bốn chấm hai mươi ba'))).toBe('304.23');
    expect(unwrap(safeWordsToDecimal('Hai phẩy không năm'))).toBe('2.05');
    expect(unwrap(safeWordsToDecimal('âm không phẩy năm'))).toBe('-0.5');
    expect(unwrap(safeWordsToDecimal('mười lăm'))).toBe('15');
    expect(safeWordsToDecimal('hai phẩy mười mười').ok).toBe(false);
    expect(safeWordsToDecimal('hai phẩy âm ba').ok).toBe(false);
    expect(safeWordsToDecimal('hai phẩy đồng').ok).toBe(false);
  });

  it('round-trips random decimals (property)', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), maxLength: 8 }))
      .map(([negative, int, frac]) => {
        const trimmed = frac.replace(/0+$/, '');
        const body = trimmed === '' ? int.toString() : `${int.toString()}.${trimmed}`;
        return negative && !/^0+(\.0+)?$/.test(body) ? `-${body}` : body;
      });
    fc.assert(
      fc.property(decimal, (value) => {
        expect(unwrap(safeWordsToDecimal(decimalToWords(value)))).toBe(value);
      }),
    );
  });
});
