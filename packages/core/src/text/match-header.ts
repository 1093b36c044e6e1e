import { headerKey } from './header-key';

/**
 * Finds which column a header names, given aliases keyed by {@link headerKey}: the alias equal to the
 * header's key, else the longest alias of at least two words that the header's key starts with
 * ("Mức độ dịch vụ công trực tuyến năm 2020" starts with "mức độ"; "Mức độ cung cấp DVCTT" starts with
 * the longer "mức độ cung cấp"). One-word aliases ("Tên", "Mức") match only a whole header, so a
 * "Tên cơ quan" column is never taken for a name.
 *
 * @param header - The header as written.
 * @param aliases - Alias key (from {@link headerKey}) → column.
 * @returns The column, or `undefined` when no alias fits.
 * @example
 * ```ts
 * const aliases = new Map([[headerKey('Mức độ'), 'onlineLevel'], [headerKey('Mức độ cung cấp'), 'onlineClass']]);
 * matchHeader('Mức độ DVCTT', aliases); // "onlineLevel"
 * matchHeader('Mức độ cung cấp dịch vụ', aliases); // "onlineClass"
 * matchHeader('Ghi chú', aliases); // undefined
 * ```
 */
export function matchHeader<K>(header: string, aliases: ReadonlyMap<string, K>): K | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  const exact = aliases.get(key);
  if (exact !== undefined) return exact;
  let best: K | undefined;
  let bestLength = 0;
  for (const [alias, column] of aliases) {
    if (alias.length <= bestLength || !alias.includes(' ')) continue;
    if (key.startsWith(`${alias} `)) {
      best = column;
      bestLength = alias.length;
    }
  }
  return best;
}
