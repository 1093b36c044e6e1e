import { foldKey } from '@egov/core';
import { serviceNameAbbreviations } from './abbreviations';

/** Any known abbreviation as a whole token of a folded key. */
const abbreviation = new RegExp(`(?:^| )(?:${[...serviceNameAbbreviations.keys()].join('|')})(?: |$)`);

/**
 * The matching key of a service name: the {@link foldKey} of the name with known abbreviations expanded
 * ("vốn NSNN" → "von ngan sach nha nuoc"). Two names with the same key are the same service.
 *
 * @param name - A service name as printed.
 * @returns Its key.
 * @example
 * ```ts
 * serviceKey('Cấp giấy phép xây dựng;') === serviceKey('cấp Giấy phép xây dựng'); // true
 * serviceKey('nguồn vốn NSNN'); // "nguon von ngan sach nha nuoc"
 * ```
 */
export function serviceKey(name: string): string {
  const key = foldKey(name);
  // Most names have no abbreviation: they keep their key without being split and joined again.
  if (!abbreviation.test(key)) return key;
  return key
    .split(' ')
    .map((token) => serviceNameAbbreviations.get(token) ?? token)
    .join(' ');
}
