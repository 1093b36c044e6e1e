import type { LocalizedMessage } from '@egov/core';
import type { ServiceIndex } from './service-index';

/** "Did you mean …?" for a name that resolved to no service: the closest service and how similar. */
export interface ClosestHint {
  /** A clause to append to a message (empty when the roadmap has no services). */
  readonly text: LocalizedMessage;
  readonly closest: string | undefined;
  readonly score: number | undefined;
}

/**
 * The closest known service to a name that did not resolve, as a message clause in Vietnamese and English
 * and as data, so every rule that reports an unresolved name says the same thing.
 *
 * @param services - The roadmap's service index.
 * @param name - The unresolved name.
 * @returns The hint.
 * @example
 * ```ts
 * closestHint(services, 'Cấp giấy phép hành nghề y, dược').text.en;
 * // '; the closest is "Cấp giấy phép đăng ký hành nghề y, dược" (84% similar)'
 * ```
 */
export function closestHint(services: ServiceIndex, name: string): ClosestHint {
  const closest = services.closest(name);
  if (closest === undefined) return { text: { vi: '', en: '' }, closest: undefined, score: undefined };
  const percent = String(Math.round(closest.score * 100));
  return {
    text: {
      vi: `; gần nhất là "${closest.service.name}" (giống ${percent}%)`,
      en: `; the closest is "${closest.service.name}" (${percent}% similar)`,
    },
    closest: closest.service.name,
    score: closest.score,
  };
}
