/**
 * Appends every item to `target`, as `target.push(...items)` would, without spreading the items into call
 * arguments: `push(...items)` with some 100 000 items (findings of a large file, say) overflows the stack.
 * Linear in the items, constant stack.
 *
 * @param target - The array to append to (mutated).
 * @param items - The items, in order (an array or any iterable).
 * @returns `target`, for chaining.
 * @example
 * ```ts
 * const findings = [1];
 * pushAll(findings, [2, 3]); // [1, 2, 3]
 * pushAll([], Array.from({ length: 200_000 }, (_, i) => i)).length; // 200000
 * ```
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
