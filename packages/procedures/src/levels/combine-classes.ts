import type { OnlineClass } from '../model/online-class';

const rank: Readonly<Record<OnlineClass, number>> = { none: 0, partial: 1, full: 2 };

/**
 * The class of a procedure offered through several services: the best of them. A procedure offered both
 * partially and fully online counts as full (Decree 42/2022 Art. 11 classifies the service the applicant
 * can use); with no service at all it is `none`.
 *
 * @param classes - Classes of the services of one procedure.
 * @returns The best class, or `none` for an empty list.
 * @example
 * ```ts
 * combineClasses(['partial', 'full']); // "full"
 * combineClasses([]); // "none"
 * ```
 */
export function combineClasses(classes: Iterable<OnlineClass>): OnlineClass {
  let best: OnlineClass = 'none';
  for (const onlineClass of classes) if (rank[onlineClass] > rank[best]) best = onlineClass;
  return best;
}
