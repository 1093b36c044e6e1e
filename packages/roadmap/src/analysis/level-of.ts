/**
 * The level a class stands for when a roadmap gives a Decree 42/2022 class instead of a level: partial
 * online is at least level 3 and full online corresponds to level 4 (Decree 42/2022 Art. 11).
 *
 * @param level - The level given, if any (it wins).
 * @param onlineClass - The class given, if any.
 * @returns The level, or `undefined` when neither is given.
 * @example
 * ```ts
 * levelOf(undefined, 'partial'); // 3
 * ```
 */
export function levelOf(level: number | undefined, onlineClass: 'full' | 'partial' | undefined): number | undefined {
  if (level !== undefined) return level;
  if (onlineClass === 'full') return 4;
  if (onlineClass === 'partial') return 3;
  return undefined;
}
