import type { CreateFindingInput } from '../findings/create-finding';
import type { SourceLocation } from '../findings/finding';
import type { PointerSegment } from '../findings/json-pointer';

/**
 * Where a parser's finding points; the `path`/`location` options shared by the number and date parsers.
 *
 * @example
 * ```ts
 * safeParseVietnameseDate(cell, { path: '/issuedOn', location: { file: 'plan.xlsx', row: 3 } });
 * ```
 */
export interface FindingPlace {
  /** JSON pointer (or segments) put on a finding, e.g. the cell the text came from. */
  readonly path?: string | readonly PointerSegment[];
  /** File position put on a finding. */
  readonly location?: SourceLocation;
}

/** Copies only the `path`/`location` that are present (exactOptionalPropertyTypes). */
export function findingPlace(place: FindingPlace): Pick<CreateFindingInput<unknown>, 'path' | 'location'> {
  return {
    ...(place.path === undefined ? {} : { path: place.path }),
    ...(place.location === undefined ? {} : { location: place.location }),
  };
}
