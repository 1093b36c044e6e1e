/**
 * The smallest of `values` and `start`, as `Math.min(start, ...values)` gives it (NaN when any value is NaN),
 * without spreading the values into call arguments (a spread of some 100 000 values overflows the stack).
 * Linear in the values, constant stack.
 *
 * @param values - Any number of values (an array or any iterable).
 * @param start - The result for no values, and a ceiling otherwise (default `Infinity`, as `Math.min()`).
 * @returns The minimum.
 * @example
 * ```ts
 * minOf([3, 9, 4]); // 3
 * minOf([], 1); // 1
 * minOf(Array.from({ length: 200_000 }, (_, i) => i + 1)); // 1
 * ```
 */
export function minOf(values: Iterable<number>, start = Number.POSITIVE_INFINITY): number {
  let result = start;
  for (const value of values) {
    if (Number.isNaN(value)) return Number.NaN;
    // Math.min ranks -0 below +0; `<` alone would keep +0.
    if (value < result || (value === 0 && result === 0 && Object.is(value, -0))) result = value;
  }
  return Number.isNaN(result) ? Number.NaN : result;
}
