import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVietnameseNumber } from './format-vietnamese-number';
import { formatVietnamesePercent } from './format-vietnamese-percent';
import { safeParseVietnameseNumber } from './safe-parse-vietnamese-number';

describe('formatVietnameseNumber', () => {
  it.each([
    [1409, undefined, '1.409'],
    [286, undefined, '286'],
    [15.2, undefined, '15,2'],
    [2_200_000_000, undefined, '2.200.000.000'],
    [-1409.5, undefined, '-1.409,5'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [7.2, 2, '7,20'],
    [1.005, 2, '1,01'], // rounds the decimal digits, not the binary float
    [-1.005, 2, '-1,01'], // half away from zero
    [999.95, 1, '1.000,0'],
    [0.04, 1, '0,0'],
    [-0.04, 1, '0,0'], // no "-0,0"
    [1409.6, 0, '1.410'],
    [1e21, undefined, '1.000.000.000.000.000.000.000'],
    [1.5e-7, undefined, '0,00000015'],
    [123_456_789.125, 2, '123.456.789,13'],
  ] as const)('formats %d (decimals %s) as %s', (value, decimals, expected) => {
    expect(formatVietnameseNumber(value, decimals === undefined ? {} : { decimals })).toBe(expected);
  });

  it.each([
    ['2200000000', {}, '2.200.000.000'],
    ['-1409.50', {}, '-1.409,50'],
    ['15.2', { decimals: 3 }, '15,200'],
    ['12345678901234567890.125', { decimals: 2 }, '12.345.678.901.234.567.890,13'], // beyond float precision
    ['0.5', { decimals: 0 }, '1'],
  ] as const)('formats the exact decimal %s', (value, options, expected) => {
    expect(formatVietnameseNumber(value, options)).toBe(expected);
  });

  it.each([
    [Number.NaN, {}],
    [Number.POSITIVE_INFINITY, {}],
    [1, { decimals: -1 }],
    [1, { decimals: 1.5 }],
    [1, { decimals: 21 }],
    ['1.409', { decimals: 21 }],
    ['1.409,5', {}],
    ['abc', {}],
  ] as const)('throws invalid-argument for %s %j', (value, options) => {
    expect(() => formatVietnameseNumber(value, options)).toThrow(/formatVietnameseNumber/);
  });
});

describe('formatVietnamesePercent', () => {
  it.each([
    [50.72, undefined, '50,72%'],
    [100, undefined, '100%'],
    [84.1, undefined, '84,1%'],
    [(43 / 56) * 100, 1, '76,8%'],
    ['5', undefined, '5%'],
  ] as const)('formats %s as %s', (value, decimals, expected) => {
    expect(formatVietnamesePercent(value, decimals === undefined ? {} : { decimals })).toBe(expected);
  });
});

describe('number properties', () => {
  it('never throws, whatever the text and notation', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom('1', '0', '9', '.', ',', ' ', '\u00A0', '-', '+', '%', '/', 'đ', 'a') }),
        ),
        fc.constantFrom('vi', 'en', 'auto'),
        (text, notation) => {
          const result = safeParseVietnameseNumber(text, { notation });
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(['core/number-invalid', 'core/number-ambiguous']).toContain(result.error.ruleId);
        },
      ),
    );
  });

  it('reads back any formatted integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        const result = safeParseVietnameseNumber(formatVietnameseNumber(value));
        expect(result.ok && result.value.value).toBe(value);
      }),
    );
  });

  it('reads back any formatted decimal exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 8 }),
        (units, scale) => {
          const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
          const integer = digits.slice(0, digits.length - scale);
          const fraction = digits.slice(digits.length - scale);
          const decimal = `${units < 0n ? '-' : ''}${integer}${scale > 0 ? `.${fraction}` : ''}`;
          const result = safeParseVietnameseNumber(formatVietnameseNumber(decimal));
          expect(result.ok).toBe(true);
          if (!result.ok || result.value.kind !== 'number') return;
          expect(result.value.decimal).toBe(units === 0n ? decimal.replace(/^-/, '') : decimal);
          expect(result.value.precision).toBe(scale);
        },
      ),
    );
  });

  it('reads back any formatted float', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (value) => {
        const result = safeParseVietnameseNumber(formatVietnameseNumber(value));
        expect(result.ok && result.value.value).toBe(value + 0);
      }),
    );
  });

  it('is idempotent: formatting a parsed number and parsing it again gives the same number', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^-?(?:0|[1-9]\d{0,2}(?:\.\d{3}){0,4})(?:,\d{1,6})?$/),
        (text) => {
          const first = safeParseVietnameseNumber(text);
          expect(first.ok).toBe(true);
          if (!first.ok || first.value.kind !== 'number') return;
          const normalised = formatVietnameseNumber(first.value.decimal);
          const second = safeParseVietnameseNumber(normalised);
          expect(second.ok).toBe(true);
          if (!second.ok || second.value.kind !== 'number') return;
          expect(second.value).toMatchObject({ decimal: first.value.decimal, precision: first.value.precision });
          expect(formatVietnameseNumber(second.value.decimal)).toBe(normalised);
        },
      ),
    );
  });
});
