import type { OnlineClass } from '../model/online-class';
import type { Procedure } from '../model/procedure';
import { levelToClass, type LevelToClassOptions } from './level-to-class';

/**
 * The class of a procedure for statistics: its stated `onlineClass` when present, otherwise the class
 * derived from its `onlineLevel` ({@link levelToClass}), otherwise `undefined` (unknown).
 *
 * @param procedure - A procedure of a catalogue.
 * @param options - Presumption for level 4 when only the level is known.
 * @returns The class, or `undefined` when neither level nor class is known.
 * @example
 * ```ts
 * effectiveClass({ name: 'Cấp phép hợp báo', onlineLevel: 4 }); // "full"
 * effectiveClass({ name: 'Cấp phép hợp báo', onlineLevel: 4, onlineClass: 'partial' }); // "partial"
 * ```
 */
export function effectiveClass(
  procedure: Pick<Procedure, 'onlineLevel' | 'onlineClass'>,
  options: Pick<LevelToClassOptions, 'level4Default'> = {},
): OnlineClass | undefined {
  if (procedure.onlineClass !== undefined) return procedure.onlineClass;
  if (procedure.onlineLevel !== undefined) return levelToClass(procedure.onlineLevel, options);
  return undefined;
}
