import type { OnlineClass } from '../model/online-class';
import type { OnlineLevel } from '../model/online-level';
import type { ResultReturn } from './service-facts';

/** What is known besides the level when converting it to a class. */
export interface LevelToClassOptions {
  /** How the result is returned; a level-4 service returning it in person is only partial. */
  readonly resultReturn?: ResultReturn;
  /** Class assumed for level 4 when `resultReturn` is unknown. Default `'full'`. */
  readonly level4Default?: 'full' | 'partial';
}

/**
 * Converts a Decree 43/2011 level to a Decree 42/2022 class, with the legal caveats:
 * - levels 1 and 2 are not online services under Decree 42/2022 Art. 11 (only published information): `none`;
 * - level 3 (fee and result in person) is `partial`;
 * - level 4 is `full` only when the result is returned online or by post: Decree 43/2011 allowed a level-4
 *   result to be handed over in person, which Art. 11(1)(a) of Decree 42/2022 does not count as full.
 *
 * @param level - The old level.
 * @param options - The result channel, or the presumption for level 4 when it is unknown.
 * @returns The class.
 * @example
 * ```ts
 * levelToClass(2); // "none"
 * levelToClass(3); // "partial"
 * levelToClass(4); // "full"
 * levelToClass(4, { resultReturn: 'in-person' }); // "partial"
 * ```
 */
export function levelToClass(level: OnlineLevel, options: LevelToClassOptions = {}): OnlineClass {
  if (level <= 2) return 'none';
  if (level === 3) return 'partial';
  if (options.resultReturn === undefined) return options.level4Default ?? 'full';
  return options.resultReturn === 'in-person' ? 'partial' : 'full';
}
