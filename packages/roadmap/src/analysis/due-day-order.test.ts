import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whenRange } from '../model/when';
import { dueDayOrder } from './due-day-order';

const byLocale = (a: string, b: string): number => a.localeCompare(b);

describe('dueDayOrder', () => {
  it('orders due days as localeCompare does', () => {
    const days = ['2016-12-31', '', '2014-02-28', '2014-12-31', '2013-05-04'];
    expect([...days].sort(dueDayOrder(days))).toEqual([...days].sort(byLocale));
    expect([...days].sort(dueDayOrder(days))).toEqual(['', '2013-05-04', '2014-02-28', '2014-12-31', '2016-12-31']);
  });

  it('gives the sign of localeCompare for any two days of whenRange', () => {
    const when = fc.oneof(
      fc.integer({ min: 1900, max: 2200 }),
      fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${String(year)}-${String(month).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(when, when, (a, b) => {
        const x = whenRange(a).end;
        const y = whenRange(b).end;
        expect(Math.sign(dueDayOrder([x, y, ''])(x, y))).toBe(Math.sign(x.localeCompare(y)));
      }),
    );
  });

  it('falls back to localeCompare for days not in ISO form', () => {
    const days = ['b', 'B', 'a', '2015-12-31'];
    const order = dueDayOrder(days);
    expect([...days].sort(order)).toEqual([...days].sort(byLocale));
    expect(order('a', 'B')).toBe('a'.localeCompare('B'));
  });
});
