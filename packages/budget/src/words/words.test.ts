import { unwrap } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedPairs } from '../__fixtures__/number-words-pairs';
import { Amount } from '../amount/amount';
import { amountToWords, numberToWords } from './number-to-words';
import { safeWordsToAmount, safeWordsToNumber } from './words-to-number';

function wordsToBigInt(text: string): bigint {
  return unwrap(safeWordsToNumber(text)).value;
}

function invalid(text: string): string {
  const result = safeWordsToNumber(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused, read ${String(result.value.value)}`);
  expect(result.error.ruleId).toBe('budget/words-invalid');
  return result.error.message.en;
}

/** Published readings in variant spellings or with "đồng"/"chẵn" (same sources as pairs.tsv). */
const publishedVariants: readonly (readonly [string, string, string])[] = [
  ['6000000000', 'Sáu tỷ đồng', 'source 002 (Thái Bình 818/QĐ-UBND) and 003'],
  ['15200000000', 'Mười lăm tỷ hai trăm triệu đồng', 'source 003 (Hà Giang 1653/QĐ-UBND)'],
  ['24', 'hai mươi bốn', 'phpviet README, South dictionary'],
  ['105000000', 'một trăm linh năm triệu đồng chẵn', 'nghengu.vn'],
  ['145001000', 'một trăm bốn mươi lăm triệu không trăm lẻ một ngàn', 'num2words issue #69 (reporter)'],
  ['215342000', 'hai trăm mười lăm triệu ba trăm bốn mươi hai ngàn đồng chẵn', 'voh.com.vn lawyer Q&A (reader)'],
  ['1453121401', 'một tỉ bốn trăm năm mươi ba triệu một trăm hai mươi mốt nghìn bốn trăm lẻ một', 'thiensubs/doc_tien README'],
  ['2030000305', 'hai tỉ không trăm ba mươi triệu ba trăm lẻ năm', 'read-vietnamese-number tests'],
  ['5690700', 'năm triệu sáu trăm chín mươi nghìn bảy trăm đồng', 'phpviet README toCurrency'],
  ['95500200', 'chín mươi lăm triệu năm trăm nghìn hai trăm đồng', 'phpviet README toCurrency'],
  ['854000900', 'tám trăm năm mươi tư triệu chín trăm đồng', 'phpviet README toCurrency'],
];

describe('numberToWords and safeWordsToNumber on published pairs', () => {
  it('has at least 40 published pairs', () => {
    expect(publishedPairs.length + publishedVariants.length).toBeGreaterThanOrEqual(40);
  });

  it.each(publishedPairs)('%s ⇄ "%s" (%s)', (number, words) => {
    expect(numberToWords(BigInt(number))).toBe(words);
    expect(wordsToBigInt(words)).toBe(BigInt(number));
  });

  it.each(publishedVariants)('"%s" is read from the published "%s" (%s)', (number, words) => {
    expect(wordsToBigInt(words)).toBe(BigInt(number));
  });
});

describe('numberToWords', () => {
  it('prints the amounts of the source documents as they are printed', () => {
    expect(amountToWords(Amount.fromDong(6_000_000_000))).toBe('Sáu tỷ đồng');
    expect(amountToWords(Amount.fromUnit('15.2', 'ty'))).toBe('Mười lăm tỷ hai trăm triệu đồng');
    expect(amountToWords(212_000_000)).toBe('Hai trăm mười hai triệu đồng');
    expect(numberToWords(1_100_000_000_000n)).toBe('một nghìn một trăm tỷ');
    expect(numberToWords(1_000_001)).toBe('một triệu không trăm linh một');
  });

  it('applies the formal rules', () => {
    const cases: readonly [number, string][] = [
      [0, 'không'],
      [5, 'năm'],
      [10, 'mười'],
      [15, 'mười lăm'],
      [20, 'hai mươi'],
      [25, 'hai mươi lăm'],
      [31, 'ba mươi mốt'],
      [44, 'bốn mươi tư'],
      [100, 'một trăm'],
      [101, 'một trăm linh một'],
      [104, 'một trăm linh bốn'],
      [110, 'một trăm mười'],
      [111, 'một trăm mười một'],
      [1000, 'một nghìn'],
      [1005, 'một nghìn không trăm linh năm'],
      [1015, 'một nghìn không trăm mười lăm'],
      [10_000, 'mười nghìn'],
      [1_000_000, 'một triệu'],
      [1_000_005_000, 'một tỷ không trăm linh năm nghìn'],
      [1_001_000_000, 'một tỷ không trăm linh một triệu'],
    ];
    for (const [n, words] of cases) expect(numberToWords(n)).toBe(words);
  });

  it('reads 10^18 and beyond with repeated "tỷ" (documented convention)', () => {
    expect(numberToWords(10n ** 18n)).toBe('một tỷ tỷ');
    expect(numberToWords(10n ** 21n)).toBe('một nghìn tỷ tỷ');
    expect(numberToWords(10n ** 18n + 10n ** 9n)).toBe('một tỷ tỷ không trăm linh một tỷ');
    expect(numberToWords(10n ** 18n + 5n)).toBe('một tỷ tỷ không trăm linh năm');
    expect(numberToWords(10n ** 27n)).toBe('một tỷ tỷ tỷ');
    expect(wordsToBigInt('một nghìn tỷ tỷ')).toBe(10n ** 21n);
    expect(wordsToBigInt('một tỷ tỷ không trăm linh một tỷ')).toBe(10n ** 18n + 10n ** 9n);
  });

  it('offers the regional variants and decorations as options', () => {
    expect(numberToWords(105, { zeroTens: 'lẻ' })).toBe('một trăm lẻ năm');
    expect(numberToWords(1500, { thousand: 'ngàn' })).toBe('một ngàn năm trăm');
    expect(numberToWords(2_000_000_000, { billion: 'tỉ' })).toBe('hai tỉ');
    expect(numberToWords(24, { fourAfterTens: 'bốn' })).toBe('hai mươi bốn');
    expect(numberToWords(14, { fourAfterTens: 'tư' })).toBe('mười bốn');
    expect(amountToWords(105_000_000, { even: true })).toBe('Một trăm linh năm triệu đồng chẵn');
    expect(amountToWords(5, { capitalize: false, currency: false })).toBe('năm');
    expect(numberToWords(-55)).toBe('âm năm mươi lăm');
    expect(numberToWords('000123')).toBe('một trăm hai mươi ba');
    expect(amountToWords(Amount.zero)).toBe('Không đồng');
  });

  it('refuses what is not a whole number', () => {
    expect(() => numberToWords(1.5)).toThrow(/safe integer/);
    expect(() => numberToWords('15,2')).toThrow(/digits/);
  });
});

describe('safeWordsToNumber', () => {
  it('accepts variants, capitalisation, punctuation, labels and decorations', () => {
    expect(wordsToBigInt('Bằng chữ: Sáu tỷ đồng chẵn./.')).toBe(6_000_000_000n);
    expect(wordsToBigInt('MƯỜI LĂM TỶ HAI TRĂM TRIỆU ĐỒNG')).toBe(15_200_000_000n);
    expect(wordsToBigInt('(Mười lăm tỷ hai trăm triệu đồng)')).toBe(15_200_000_000n);
    expect(wordsToBigInt('bảy mươi bẩy')).toBe(77n);
    expect(wordsToBigInt('hai mươi một')).toBe(21n);
    expect(wordsToBigInt('một nghìn linh năm')).toBe(1005n);
    expect(wordsToBigInt('âm năm mươi lăm')).toBe(-55n);
    expect(wordsToBigInt('không')).toBe(0n);
    const parsed = unwrap(safeWordsToNumber('Một trăm linh năm triệu đồng chẵn'));
    expect(parsed).toEqual({ value: 105_000_000n, currency: true, even: true });
    const amount = unwrap(safeWordsToAmount('Sáu tỷ đồng'));
    expect(amount.toString()).toBe('6000000000');
  });

  it('gives a clear finding on nonsense', () => {
    expect(invalid('mười mười')).toContain('"mười"');
    expect(invalid('trăm')).toContain('trăm');
    expect(invalid('một tỷ triệu')).toContain('missing');
    expect(invalid('hai lăm')).toContain('hai');
    expect(invalid('một mươi')).toContain('một mươi');
    expect(invalid('mười mốt')).toContain('mốt');
    expect(invalid('một trăm linh lăm')).toContain('lăm');
    expect(invalid('một trăm năm')).toContain('ambiguous');
    expect(invalid('một triệu hai triệu')).toContain('triệu');
    expect(invalid('một nghìn hai nghìn')).toContain('repeated');
    expect(invalid('một tỷ hai tỷ')).toContain('decreasing');
    expect(invalid('năm quả táo')).toContain('unknown word "quả"');
    expect(invalid('đồng')).toContain('no number');
    expect(invalid('')).toContain('no number');
    const result = safeWordsToAmount('mười mười', { path: '/totals/0/words', location: { row: 12 } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.path).toBe('/totals/0/words');
      expect(result.error.location).toEqual({ row: 12 });
      expect(result.error.message.vi).toContain('Không đọc được số bằng chữ');
    }
  });
});

describe('round trips (property)', () => {
  const upTo1e21 = fc.bigInt({ min: 0n, max: 10n ** 21n });
  const options = fc.record({
    zeroTens: fc.constantFrom('linh' as const, 'lẻ' as const),
    thousand: fc.constantFrom('nghìn' as const, 'ngàn' as const),
    billion: fc.constantFrom('tỷ' as const, 'tỉ' as const),
    fourAfterTens: fc.constantFrom('tư' as const, 'bốn' as const),
    currency: fc.boolean(),
    even: fc.boolean(),
    capitalize: fc.boolean(),
  });

  it('number → words → number for random amounts up to 10^21, in every style', () => {
    fc.assert(
      fc.property(upTo1e21, options, (n, opts) => {
        expect(wordsToBigInt(numberToWords(n, opts))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('number → words → number for amounts with many zero groups (sparse digits)', () => {
    const sparse = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 21 }), fc.integer({ min: 1, max: 999 })), { maxLength: 4 })
      .map((terms) => terms.reduce((sum, [e, d]) => sum + BigInt(d) * 10n ** BigInt(e), 0n));
    fc.assert(
      fc.property(sparse, (n) => {
        expect(wordsToBigInt(numberToWords(n))).toBe(n);
        expect(wordsToBigInt(numberToWords(-n))).toBe(-n);
      }),
      { numRuns: 2000 },
    );
  });

  it('words → number → words gives back the formal words', () => {
    fc.assert(
      fc.property(upTo1e21, (n) => {
        const words = amountToWords(Amount.fromDong(n));
        expect(amountToWords(unwrap(safeWordsToAmount(words)))).toBe(words);
      }),
      { numRuns: 1000 },
    );
  });

  it('variant words → number → formal words equals the formal reading', () => {
    fc.assert(
      fc.property(upTo1e21, (n) => {
        const variant = numberToWords(n, { zeroTens: 'lẻ', thousand: 'ngàn', billion: 'tỉ', fourAfterTens: 'bốn' });
        expect(numberToWords(wordsToBigInt(variant))).toBe(numberToWords(n));
      }),
      { numRuns: 500 },
    );
  });
});
