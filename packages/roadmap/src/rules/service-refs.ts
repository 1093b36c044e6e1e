import type { ServiceIndex } from '../identity/service-index';
import { serviceKey } from '../identity/service-key';
import type { Roadmap } from '../model/roadmap-schema';

/**
 * What a budget line, a stated total or a step name designates, as a set of references: the service of the
 * entry it is linked to (`entry`), the service its name resolves to, and its folded name. Two items name the
 * same service when their sets meet; the folded name lets two identically written names meet even when
 * neither resolves to a list (source 003: "Cấp giấy phép hành nghề y, dược" in the steps and the budget).
 */
export type ServiceRefs = (name: string | undefined, entryId?: string) => ReadonlySet<string>;

/**
 * Builds a {@link ServiceRefs} function for a roadmap.
 *
 * @param roadmap - The roadmap.
 * @param services - Its service index.
 * @returns A function from a name and an optional entry id to their references.
 * @example
 * ```ts
 * const refs = serviceRefs(roadmap, services);
 * refs('Gấp phép và khai thác nguồn nước', '2015.12'); // Set { "service:11", "key:gap phep va khai thac nguon nuoc" }
 * ```
 */
export function serviceRefs(roadmap: Roadmap, services: ServiceIndex): ServiceRefs {
  // Built on the first item linked to an entry: most budget lines and totals link to none.
  let entryServiceMemo: Map<string, number> | undefined;
  const entryService = (): Map<string, number> => (entryServiceMemo ??= entryServices(roadmap, services));
  return (name, entryId) => {
    const refs = new Set<string>();
    const linked = entryId === undefined ? undefined : entryService().get(entryId);
    if (linked !== undefined) refs.add(`service:${String(linked)}`);
    if (name !== undefined) {
      const match = services.resolve(name);
      if (match !== undefined) refs.add(`service:${String(match.service.id)}`);
      refs.add(`key:${serviceKey(name)}`);
    }
    return refs;
  };
}

/** The service of the first entry with each id. */
function entryServices(roadmap: Roadmap, services: ServiceIndex): Map<string, number> {
  const entryService = new Map<string, number>();
  roadmap.entries.forEach((entry, index) => {
    const match = services.entries[index];
    if (entry.id !== undefined && match !== undefined && !entryService.has(entry.id)) entryService.set(entry.id, match.service.id);
  });
  return entryService;
}

/**
 * Whether two reference sets of {@link serviceRefs} meet.
 *
 * @param a - References of one item.
 * @param b - References of another.
 * @returns True when they name the same service.
 * @example
 * ```ts
 * sameService(new Set(['service:1']), new Set(['service:1', 'key:x'])); // true
 * ```
 */
export function sameService(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const ref of a) if (b.has(ref)) return true;
  return false;
}
