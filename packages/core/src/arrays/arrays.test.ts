import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxOf } from './max-of';
import { minOf } from './min-of';
import { pushAll } from './push-all';

// 200 000 arguments overflow V8's stack when spread into a call (about 100 000 findings did in issue 23).
const large = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 200_003);

describe('maxOf and minOf', () => {
  it('equal Math.max and Math.min with the start first, for any values (NaN, ±0, ±Infinity included)', () => {
    const value = fc.oneof(fc.double(), fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), value, (values, start) => {
        expect(maxOf(values, start)).toBe(Math.max(start, ...values));
        expect(minOf(values, start)).toBe(Math.min(start, ...values));
        expect(maxOf(values)).toBe(Math.max(...values));
        expect(minOf(values)).toBe(Math.min(...values));
      }),
    );
  });

  it('take 200 000 values, where a spread overflows the stack', () => {
    expect(() => Math.max(...Array.from({ length: 2_000_000 }, () => 1))).toThrow(RangeError);
    expect(maxOf(large, 0)).toBe(200_002);
    expect(minOf(large)).toBe(0);
    expect(maxOf(new Set(large))).toBe(200_002);
  });
});

describe('pushAll', () => {
  it('appends in order and returns the target', () => {
    const target = [1];
    expect(pushAll(target, [2, 3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
  });

  it('appends 200 000 items', () => {
    expect(pushAll([-1], large)).toHaveLength(200_001);
  });
});
