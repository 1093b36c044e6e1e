import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { EgovError } from '../errors/egov-error';
import { judgeStatedFigure } from './judge-stated-figure';
import { parseStatedFigure } from './parse-stated-figure';

const holds = (printed: string, actual: number | string, relative?: number): boolean =>
  judgeStatedFigure(parseStatedFigure(printed), actual, relative === undefined ? {} : { tolerance: { relative } }).holds;

describe('judgeStatedFigure', () => {
  it('judges each reading by its meaning', () => {
    expect(holds('120', 120)).toBe(true);
    expect(holds('120', 121)).toBe(false);
    expect(holds('15,2', '15.20')).toBe(true);
    expect(holds('trên 120', 121)).toBe(true);
    expect(holds('trên 120', 120)).toBe(false);
    expect(holds('ít nhất 120', 120)).toBe(true);
    expect(holds('ít nhất 120', 119)).toBe(false);
    expect(holds('dưới 10%', 10)).toBe(false);
    expect(holds('dưới 10%', 9.99)).toBe(true);
    expect(holds('không quá 10%', 10)).toBe(true);
    expect(holds('88-90%', 88)).toBe(true);
    expect(holds('88-90%', 90)).toBe(true);
    expect(holds('88-90%', 90.01)).toBe(false);
    expect(holds('khoảng 40', 42)).toBe(true);
    expect(holds('khoảng 40', 43)).toBe(false);
    expect(holds('khoảng 40', 43, 0.1)).toBe(true);
    expect(holds('gần như toàn bộ', 96)).toBe(true);
    expect(holds('gần như toàn bộ', 80)).toBe(false);
    expect(holds('hơn 5 tỷ đồng', '5')).toBe(false); // the value is in the figure's unit (tỷ đồng)
    expect(holds('hơn 5 tỷ đồng', '5.1')).toBe(true);
  });

  it('compares exactly, beyond float precision', () => {
    expect(holds('9007199254740993', '9007199254740993')).toBe(true);
    expect(holds('trên 9007199254740992', '9007199254740993')).toBe(true);
  });

  it('says which reading it used, in both languages', () => {
    const strict = judgeStatedFigure(parseStatedFigure('trên 120'), 118);
    expect(strict.reading).toBe('at-least');
    expect(strict.message.en).toBe('"trên 120" is read as more than 120 (a lower bound, 120 excluded); 118 does not fit');
    expect(strict.message.vi).toBe('"trên 120" được hiểu là lớn hơn 120 (cận dưới, không kể 120); 118 không phù hợp');
    const about = judgeStatedFigure(parseStatedFigure('khoảng 1.400 thủ tục'), 1409);
    expect(about.message.vi).toBe(
      '"khoảng 1.400 thủ tục" được hiểu là xấp xỉ 1.400 thủ tục (sai lệch cho phép ±5%: từ 1.330 thủ tục đến 1.470 thủ tục); 1.409 thủ tục phù hợp',
    );
    expect(about).toMatchObject({ holds: true, min: '1330', max: '1470' });
    expect(judgeStatedFigure(parseStatedFigure('88-90%'), 91).message.en).toBe('"88-90%" is read as between 88% and 90%; 91% does not fit');
  });

  it('takes an absolute tolerance when it is the wider one', () => {
    const judgement = judgeStatedFigure(parseStatedFigure('khoảng 4'), 5, { tolerance: { absolute: 1 } });
    expect(judgement.holds).toBe(true);
    expect(judgement.meaning.en).toBe('about 4 (tolerance ±1: 3 to 5)');
  });

  it('throws on a value that is not a number and on a negative tolerance', () => {
    expect(() => judgeStatedFigure(parseStatedFigure('120'), Number.NaN)).toThrow(EgovError);
    expect(() => judgeStatedFigure(parseStatedFigure('120'), 'abc')).toThrow(EgovError);
    expect(() => judgeStatedFigure(parseStatedFigure('khoảng 1'), 1, { tolerance: { relative: -1 } })).toThrow(EgovError);
  });

  it('a lower bound holds for every larger value and an upper bound for every smaller one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 }), (bound, actual) => {
        expect(holds(`trên ${String(bound)}`, actual)).toBe(actual > bound);
        expect(holds(`ít nhất ${String(bound)}`, actual)).toBe(actual >= bound);
        expect(holds(`dưới ${String(bound)}`, actual)).toBe(actual < bound);
        expect(holds(`tối đa ${String(bound)}`, actual)).toBe(actual <= bound);
        expect(holds(String(bound), actual)).toBe(actual === bound);
      }),
    );
  });

  it('an approximation holds exactly within its tolerance, a range between its ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), (center, actual, other) => {
        expect(holds(`khoảng ${String(center)}`, actual, 0.1)).toBe(Math.abs(actual - center) <= center * 0.1 + 1e-9);
        const [low, high] = center <= other ? [center, other] : [other, center];
        expect(holds(`từ ${String(low)} đến ${String(high)}`, actual)).toBe(actual >= low && actual <= high);
      }),
    );
  });
});
