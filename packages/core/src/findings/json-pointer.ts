import { EgovError } from '../errors/egov-error';

/** A segment of a JSON pointer: an object key or an array index. */
export type PointerSegment = string | number;

/**
 * Builds an RFC 6901 JSON pointer from path segments, escaping `~` and `/`.
 *
 * @param segments - Object keys and array indices from the root down.
 * @returns The pointer; `""` for no segments (the whole document).
 * @example
 * ```ts
 * toJsonPointer(['entries', 3, 'level']); // "/entries/3/level"
 * toJsonPointer(['a/b', 'm~n']); // "/a~1b/m~0n"
 * ```
 */
export function toJsonPointer(segments: readonly PointerSegment[]): string {
  return segments.map((segment) => '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/**
 * Splits an RFC 6901 JSON pointer into its unescaped segments (all as strings).
 *
 * @param pointer - A pointer such as `"/entries/3/level"`; `""` is the whole document.
 * @returns The segments, unescaped.
 * @throws {EgovError} `invalid-json-pointer` when the pointer is neither empty nor starts with `/`.
 * @example
 * ```ts
 * parseJsonPointer('/entries/3/level'); // ["entries", "3", "level"]
 * parseJsonPointer('/a~1b'); // ["a/b"]
 * ```
 */
export function parseJsonPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new EgovError({
      code: 'invalid-json-pointer',
      message: `A JSON pointer must be empty or start with "/"; found ${JSON.stringify(pointer)}.`,
    });
  }
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}
