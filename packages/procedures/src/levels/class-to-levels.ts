import type { OnlineClass } from '../model/online-class';
import type { OnlineLevel } from '../model/online-level';

/**
 * The Decree 43/2011 levels compatible with a Decree 42/2022 class (the conversion back is not unique):
 * `full` → [4] (a full service has online payment where a fee applies, so it meets level 4);
 * `partial` → [3, 4] (level 3, or level 4 with the result handed over in person);
 * `none` → [1, 2] (published information, downloadable forms).
 *
 * @param onlineClass - The new class.
 * @returns The compatible levels, lowest first.
 * @example
 * ```ts
 * classToLevels('partial'); // [3, 4]
 * ```
 */
export function classToLevels(onlineClass: OnlineClass): readonly OnlineLevel[] {
  switch (onlineClass) {
    case 'full':
      return [4];
    case 'partial':
      return [3, 4];
    case 'none':
      return [1, 2];
  }
}
