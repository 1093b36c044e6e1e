import { describe, expect, it } from 'vitest';
import {
  Amount,
  allocate,
  amountToWords,
  diffPlans,
  executionRates,
  formatAmount,
  fromRows,
  numberToWords,
  parseUnitHeader,
  reconcilePlan,
  safeParseAmount,
  safeParseAmountFigure,
  safeWordsToAmount,
  toRows,
  totalsBy,
} from './index';

// The quick tour of README.md, run through the package entry, so the README cannot drift from the code.
describe('README quick tour', () => {
  it('does what the README says', () => {
    const total = Amount.sum(['35000000', '15000000', '12000000', '150000000'].map((v) => Amount.fromDong(v)));
    expect(total.toString()).toBe('212000000');
    expect(Amount.fromUnit('15.2', 'ty').toString()).toBe('15200000000');
    expect(() => Amount.fromUnit('0.0000000005', 'ty')).toThrow(/whole number of đồng/);
    expect(total.percent('12.5', 'half-up').toString()).toBe('26500000');

    const parsed = safeParseAmount('15,2 tỷ');
    expect(parsed.ok && parsed.value.precision.toString()).toBe('100000000');
    const more = safeParseAmountFigure('hơn 5 tỷ đồng');
    expect(more.ok && [more.value.reading, more.value.strict, more.value.amount.amount.toString()]).toEqual(['at-least', true, '5000000000']);
    const qualified = safeParseAmount('hơn 5 tỷ đồng');
    expect(qualified.ok ? undefined : qualified.error.ruleId).toBe('budget/amount-qualified');
    const inTable = safeParseAmount('1,4', { unit: parseUnitHeader('Đơn vị tính: tỷ đồng') });
    expect(inTable.ok && inTable.value.amount.toString()).toBe('1400000000');
    const ambiguous = safeParseAmount('15.200', { unit: 'ty' });
    expect(!ambiguous.ok && ambiguous.error.ruleId).toBe('budget/amount-ambiguous');

    expect(formatAmount(Amount.fromDong(15_200_000_000))).toBe('15.200.000.000 đồng');
    expect(formatAmount(Amount.fromDong(15_200_000_000), { style: 'compact' })).toBe('15,2 tỷ đồng');

    expect(amountToWords(Amount.fromDong(6_000_000_000))).toBe('Sáu tỷ đồng');
    expect(numberToWords(1_100_000_000_000n)).toBe('một nghìn một trăm tỷ');
    expect(numberToWords(24, { fourAfterTens: 'bốn', zeroTens: 'lẻ', thousand: 'ngàn', billion: 'tỉ' })).toBe('hai mươi bốn');
    const words = safeWordsToAmount('Mười lăm tỷ hai trăm triệu đồng');
    expect(words.ok && words.value.toString()).toBe('15200000000');
    expect(safeWordsToAmount('mười mười').ok).toBe(false);

    const { plan, findings } = fromRows(
      [
        { STT: '1', 'Tên dịch vụ công triển khai': 'Đăng ký kinh doanh', '2014': '1.4', '2015': '0', 'Tổng kinh phí': '1.4' },
        { STT: '7', 'Tên dịch vụ công triển khai': 'Lao động, việc làm', '2014': '0', '2015': '2', 'Tổng kinh phí': '2' },
        { STT: '', 'Tên dịch vụ công triển khai': 'Tổng kinh phí', '2014': '1.4', '2015': '2', 'Tổng kinh phí': '3.4' },
      ],
      { unit: parseUnitHeader('Đơn vị: tỷ đồng') },
    );
    expect(findings).toEqual([]);
    expect(totalsBy(plan, 'year').map((t) => [t.key, t.total.toUnit('ty')])).toEqual([
      ['2014', '1.4'],
      ['2015', '2'],
    ]);
    expect(reconcilePlan(plan)).toEqual([]);
    expect(toRows(plan, { layout: 'long', language: 'en' }).length).toBeGreaterThan(0);

    const parts = allocate(Amount.fromUnit('2.2', 'ty'), Array<number>(15).fill(1), { step: Amount.fromUnit(1, 'trieu') });
    expect(Amount.sum(parts).toString()).toBe('2200000000');
    expect(executionRates(plan, { denominator: 'approved', by: 'year', rounding: 'half-up' })).toEqual([]);
    expect(diffPlans(plan, plan).changes).toEqual([]);
  });
});
