import { describe, expect, it } from 'vitest';
import { EgovError } from '../errors/egov-error';
import { parseVietnameseNumber } from './parse-vietnamese-number';
import type { ParsedNumber } from './parsed-number';
import { safeParseVietnameseNumber } from './safe-parse-vietnamese-number';

function parsed(text: string, options: Parameters<typeof safeParseVietnameseNumber>[1] = {}): ParsedNumber {
  const result = safeParseVietnameseNumber(text, options);
  if (!result.ok) throw new Error(`expected "${text}" to parse, got ${result.error.message.en}`);
  return result.value;
}

function failure(text: string, options: Parameters<typeof safeParseVietnameseNumber>[1] = {}) {
  const result = safeParseVietnameseNumber(text, options);
  if (result.ok) throw new Error(`expected "${text}" not to parse, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('safeParseVietnameseNumber: plain numbers from the source documents (vi notation)', () => {
  // [text, value, exact decimal, precision, unit]; all quoted from the source documents (000–004, see examples/README.md).
  const table: readonly (readonly [string, number, string, number, string | undefined])[] = [
    ['1.409', 1409, '1409', 0, undefined], // Thái Bình: 1.409 procedures
    ['1.005', 1005, '1005', 0, undefined],
    ['1.497', 1497, '1497', 0, undefined], // Hà Giang
    ['11.718', 11_718, '11718', 0, undefined],
    ['2.576', 2576, '2576', 0, undefined],
    ['286', 286, '286', 0, undefined],
    ['01', 1, '1', 0, undefined], // "01 đồng chí"
    ['2.200.000.000 đồng', 2_200_000_000, '2200000000', 0, 'đồng'],
    ['1.800.000.000', 1_800_000_000, '1800000000', 0, undefined],
    ['35.000.000', 35_000_000, '35000000', 0, undefined],
    ['150.000.000', 150_000_000, '150000000', 0, undefined],
    ['15,2', 15.2, '15.2', 1, undefined],
    ['6 tỷ đồng', 6, '6', 0, 'tỷ đồng'],
    ['5,63 điểm', 5.63, '5.63', 2, 'điểm'], // Lào Cai ICT-Index
    ['5,52 điểm', 5.52, '5.52', 2, 'điểm'],
    ['39,47 điểm', 39.47, '39.47', 2, 'điểm'],
    ['28,2 điểm', 28.2, '28.2', 1, 'điểm'],
    ['2,0', 2, '2.0', 1, undefined],
  ];
  it.each(table)('reads %s', (text, value, decimal, precision, unit) => {
    const number = parsed(text);
    expect(number.kind).toBe('number');
    if (number.kind !== 'number') return;
    expect(number.value).toBe(value);
    expect(number.decimal).toBe(decimal);
    expect(number.precision).toBe(precision);
    expect(number.unit).toBe(unit);
    expect(number.text).toBe(text);
  });
});

describe('safeParseVietnameseNumber: percentages and ratios', () => {
  it.each([
    ['100%', 100, 1, 0],
    ['5%', 5, 0.05, 0],
    ['84,1%', 84.1, 0.841, 1],
    ['50 %', 50, 0.5, 0],
  ] as const)('reads the percentage %s', (text, value, fraction, precision) => {
    const number = parsed(text);
    expect(number).toMatchObject({ kind: 'percent', value, precision });
    if (number.kind === 'percent') expect(number.fraction).toBeCloseTo(fraction, 12);
  });

  it.each([
    ['43/56', 43, 56], // Lạng Sơn: computers / staff
    ['37/38', 37, 38], // mailboxes / staff
    ['43 / 56', 43, 56],
  ] as const)('reads the ratio %s', (text, numerator, denominator) => {
    expect(parsed(text)).toMatchObject({
      kind: 'ratio',
      numerator,
      denominator,
      numeratorDecimal: String(numerator),
      denominatorDecimal: String(denominator),
      value: numerator / denominator,
    });
  });

  it('keeps a unit after a ratio', () => {
    expect(parsed('43/56 máy')).toMatchObject({ kind: 'ratio', unit: 'máy' });
  });

  it('rejects a zero denominator', () => {
    expect(failure('5/0')).toMatchObject({ ruleId: 'core/number-invalid', data: { reason: 'zero-denominator' } });
  });
});

describe('safeParseVietnameseNumber: signs, spaces and groups', () => {
  it.each([
    [' 1.409 ', '1409'],
    ['\u00A01.409\u00A0', '1409'],
    ['+1.409.000', '1409000'],
    ['-1.409,5', '-1409.5'],
    ['\u22121.409', '-1409'], // U+2212 minus sign
    ['1\u00A0409\u00A0000', '1409000'], // NBSP groups
    ['1\u2009409,25', '1409.25'], // thin-space groups
    ['-0', '0'],
    ['-0,00', '0.00'],
  ])('reads %j as %s', (text, decimal) => {
    const number = parsed(text);
    expect(number.kind === 'number' && number.decimal).toBe(decimal);
  });

  it('never returns negative zero', () => {
    const number = parsed('-0,0');
    expect(Object.is(number.value, -0)).toBe(false);
  });

  it('keeps a unit separated by NBSP', () => {
    expect(parsed('5,63\u00A0điểm')).toMatchObject({ value: 5.63, unit: 'điểm' });
  });

  it('reports which separators were used', () => {
    expect(parsed('1.409').separatorStyle).toBe('vi');
    expect(parsed('286').separatorStyle).toBe('none');
    expect(parsed('1,409.5', { notation: 'en' }).separatorStyle).toBe('en');
  });
});

describe('safeParseVietnameseNumber: notations', () => {
  it("reads English notation with notation: 'en'", () => {
    expect(parsed('15.2', { notation: 'en' })).toMatchObject({ value: 15.2, decimal: '15.2', precision: 1 });
    expect(parsed('1,409', { notation: 'en' })).toMatchObject({ value: 1409, decimal: '1409' });
    expect(parsed('2,200,000,000.50', { notation: 'en' })).toMatchObject({ decimal: '2200000000.50', precision: 2 });
  });

  it("rejects '15.2' in vi notation and says what it would be in the other notation", () => {
    // Hà Giang's budget table writes "15.2 tỷ đồng" for fifteen point two.
    const finding = failure('15.2 tỷ đồng');
    expect(finding.ruleId).toBe('core/number-invalid');
    expect(finding.data).toMatchObject({ input: '15.2 tỷ đồng', notation: 'vi', otherNotationReading: '15.2' });
    expect(finding.message.vi).toContain('"15.2 tỷ đồng"');
    expect(finding.message.vi).toContain('15,2');
    expect(finding.message.en).toContain('"15.2 tỷ đồng"');
  });

  it('keeps the sign in the other-notation hint', () => {
    expect(failure('-15.2').data).toMatchObject({ otherNotationReading: '-15.2' });
    expect(failure('1.409,5', { notation: 'en' }).data).toMatchObject({ notation: 'en', otherNotationReading: '1409.5' });
  });

  it("says that neither notation fits with notation: 'auto'", () => {
    const finding = failure('1.2.3', { notation: 'auto' });
    expect(finding).toMatchObject({ ruleId: 'core/number-invalid', data: { reason: 'malformed', notation: 'auto' } });
    expect(finding.message.en).toBe('"1.2.3" is not a valid number in either Vietnamese or English notation');
  });

  it.each([
    // [text, decimal]: only one reading fits.
    ['1.409.000', '1409000'],
    ['15,2', '15.2'],
    ['15.2', '15.2'], // Hà Giang table
    ['1.4', '1.4'],
    ['0.8', '0.8'],
    ['0,500', '0.500'], // "0.500" cannot be a thousands group
    ['1409.500', '1409.500'], // nor can a first group of 4 digits
    ['1.409,5', '1409.5'],
    ['1,409.5', '1409.5'],
    ['1\u00A0409', '1409'], // NBSP only groups thousands
    ['286', '286'],
  ])("decides %j with notation: 'auto'", (text, decimal) => {
    const number = parsed(text, { notation: 'auto' });
    expect(number.kind === 'number' && number.decimal).toBe(decimal);
  });

  it.each([
    ['15.200', '15200', '15.200'],
    ['1,409', '1.409', '1409'],
    ['2.200', '2200', '2.200'],
    ['-1.409', '-1409', '-1.409'],
  ])("reports %j as ambiguous with notation: 'auto'", (text, viDecimal, enDecimal) => {
    const finding = failure(text, { notation: 'auto' });
    expect(finding.ruleId).toBe('core/number-ambiguous');
    expect(finding.data).toEqual({
      input: text,
      candidates: [
        { notation: 'vi', decimal: viDecimal, value: Number(viDecimal) },
        { notation: 'en', decimal: enDecimal, value: Number(enDecimal) },
      ],
    });
    expect(finding.message.vi).toContain(`"${text}"`);
    expect(finding.message.en).toContain(`"${text}"`);
  });

  it('quotes both readings of "15.200" in both languages', () => {
    const finding = failure('15.200', { notation: 'auto' });
    expect(finding.message.vi).toContain('15200');
    expect(finding.message.vi).toContain('15,200');
    expect(finding.message.en).toContain('15200');
    expect(finding.message.en).toContain('15.200');
  });

  it('reports an ambiguous denominator of a ratio', () => {
    expect(failure('1/1.000', { notation: 'auto' }).ruleId).toBe('core/number-ambiguous');
  });
});

describe('safeParseVietnameseNumber: bad input', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['1.2.3', 'malformed'],
    ['1.40', 'malformed'], // a thousands group must have 3 digits
    ['1.4090', 'malformed'],
    ['0.500', 'malformed'], // no group may start a number with 0
    ['1,2,3', 'malformed'],
    ['1.409,5,2', 'malformed'],
    [',5', 'not-a-number'],
    ['1.409.', 'trailing-text'],
    ['5,63 điểm → 5,52 điểm', 'trailing-text'],
    ['100% số', 'trailing-text'],
    ['12 3', 'trailing-text'],
    ['--5', 'not-a-number'],
    ['- 5', 'not-a-number'],
    ['43/56%', 'not-a-number'],
    ['9'.repeat(400), 'out-of-range'],
  ])('rejects %j (%s)', (text, reason) => {
    const finding = failure(text);
    expect(finding.ruleId).toBe('core/number-invalid');
    expect(finding.severity).toBe('error');
    expect(finding.data).toMatchObject({ reason });
    if (text.trim() !== '') expect(finding.message.en).toContain(text.trim());
  });

  it('returns a finding, not an exception, for a non-string at runtime', () => {
    const finding = failure(42 as unknown as string);
    expect(finding.data).toMatchObject({ reason: 'not-text' });
    expect(failure(null as unknown as string).message.en).toContain('object');
  });

  it('puts the path and location given in the options on the finding', () => {
    const finding = failure('abc', { path: ['rows', 3, 'amount'], location: { sheet: 'Kinh phí', row: 5 } });
    expect(finding.path).toBe('/rows/3/amount');
    expect(finding.location).toEqual({ sheet: 'Kinh phí', row: 5 });
  });
});

describe('parseVietnameseNumber', () => {
  it('returns the value of a valid number', () => {
    expect(parseVietnameseNumber('2.200.000.000').value).toBe(2_200_000_000);
  });

  it('throws an EgovError whose code is the rule id', () => {
    expect(() => parseVietnameseNumber('abc')).toThrow(/Cannot read a number from "abc"/);
    try {
      parseVietnameseNumber('15.200', { notation: 'auto' });
      expect.unreachable();
    } catch (error) {
      expect(EgovError.isInstance(error) && error.code).toBe('core/number-ambiguous');
    }
  });
});
