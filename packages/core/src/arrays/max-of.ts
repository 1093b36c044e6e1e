/**
 * The largest of `values` and `start`, as `Math.max(start, ...values)` gives it (NaN when any value is NaN),
 * without spreading the values into call arguments: a spread of some 100 000 values overflows the stack, so
 * data-sized arrays go through this loop instead. Linear in the values, constant stack.
 *
 * @param values - Any number of values (an array or any iterable).
 * @param start - The result for no values, and a floor otherwise (default `-Infinity`, as `Math.max()`).
 * @returns The maximum.
 * @example
 * ```ts
 * maxOf([3, 9, 4]); // 9
 * maxOf([], 0); // 0
 * maxOf(Array.from({ length: 200_000 }, (_, i) => i), 0); // 199999
 * ```
 */
export function maxOf(values: Iterable<number>, start = Number.NEGATIVE_INFINITY): number {
  let result = start;
  for (const value of values) {
    if (Number.isNaN(value)) return Number.NaN;
    // Math.max ranks +0 above -0; `>` alone would keep -0.
    if (value > result || (value === 0 && result === 0 && Object.is(result, -0))) result = value;
  }
  return Number.isNaN(result) ? Number.NaN : result;
}
