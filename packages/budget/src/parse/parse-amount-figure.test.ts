import { judgeStatedFigure, unwrap, type FigureReading } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { Amount } from '../amount/amount';
import { amountFigureInDong, safeParseAmountFigure } from './parse-amount-figure';
import { parseAmount, safeParseAmount } from './parse-amount';

describe('safeParseAmountFigure', () => {
  // [printed, reading, strict, đồng, high end in đồng]
  const cases: readonly (readonly [string, FigureReading, boolean, string, string | undefined])[] = [
    ['hơn 5 tỷ đồng', 'at-least', true, '5000000000', undefined],
    ['dưới 300 tỷ đồng', 'at-most', true, '300000000000', undefined], // source 003
    ['trên 300 tỷ đồng', 'at-least', true, '300000000000', undefined], // source 003
    ['không quá 2 tỷ', 'at-most', false, '2000000000', undefined],
    ['khoảng 15,2 tỷ đồng', 'about', false, '15200000000', undefined],
    ['gần 500 triệu đồng', 'about', false, '500000000', undefined],
    ['từ 1 đến 1,5 tỷ đồng', 'range', false, '1000000000', '1500000000'],
    ['2.200.000.000 đồng', 'exact', false, '2200000000', undefined], // source 002
    ['6 tỷ đồng', 'exact', false, '6000000000', undefined],
  ];
  it.each(cases)('%s', (printed, reading, strict, dong, high) => {
    const figure = unwrap(safeParseAmountFigure(printed));
    expect(figure).toMatchObject({ printed, reading, strict });
    expect(figure.amount.amount.toString()).toBe(dong);
    expect(figure.to?.amount.toString()).toBe(high);
  });

  it('uses the table unit and the notation like safeParseAmount', () => {
    expect(unwrap(safeParseAmountFigure('trên 1,4', { unit: 'ty' })).amount.amount.toString()).toBe('1400000000');
    expect(unwrap(safeParseAmountFigure(35_000_000)).reading).toBe('exact');
    const ambiguous = safeParseAmountFigure('hơn 15.200', { unit: 'ty' });
    expect(ambiguous.ok ? undefined : ambiguous.error.ruleId).toBe('budget/amount-ambiguous');
  });

  it('reports a reversed range and words without a figure', () => {
    const reversed = safeParseAmountFigure('từ 2 đến 1 tỷ đồng');
    expect(reversed.ok ? undefined : reversed.error.ruleId).toBe('core/figure-invalid');
    const none = safeParseAmountFigure('hầu hết kinh phí');
    expect(none.ok ? undefined : none.error.ruleId).toBe('core/figure-invalid');
  });

  it('converts to a stated figure in đồng that core judges by its reading', () => {
    const figure = amountFigureInDong(unwrap(safeParseAmountFigure('hơn 5 tỷ đồng')));
    expect(figure).toMatchObject({ reading: 'at-least', strict: true, value: '5000000000', unit: 'đồng' });
    expect(judgeStatedFigure(figure, Amount.fromDong(5_000_000_001).toString()).holds).toBe(true);
    expect(judgeStatedFigure(figure, Amount.fromDong(5_000_000_000).toString()).holds).toBe(false);
  });
});

describe('safeParseAmount on a qualified amount', () => {
  it('names the reading instead of "no digits", and the exact API keeps working', () => {
    const result = safeParseAmount('hơn 5 tỷ đồng');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.ruleId).toBe('budget/amount-qualified');
    expect(result.error.message.en).toBe(
      '"hơn 5 tỷ đồng" is a lower bound (hơn 5.000.000.000 đồng), not an exact amount; where a document states a qualified amount, read it with safeParseAmountFigure',
    );
    expect(result.error.data).toMatchObject({ reading: 'at-least', strict: true, dong: '5000000000' });
    expect(parseAmount('5 tỷ đồng').toString()).toBe('5000000000');
  });
});
