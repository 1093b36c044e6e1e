import { headerKey, matchHeader } from '@egov/core';
import type { ColumnSchema } from './define-columns';

/**
 * The user's column mapping: a column (its key, or any of its aliases) → the header that holds it in
 * the file, e.g. `{ onlineLevel: 'Mức độ' }` or `{ level: 'Cấp độ DVC' }` (`--columns level="Cấp độ DVC"`
 * on the command line). Headers match as `headerKey` of `@egov/core` keys them.
 */
export type ColumnMapping = Readonly<Record<string, string>>;

/**
 * Resolves the key of a {@link ColumnMapping} entry to a column of `schema`: the column key itself
 * (any case), else the column one of whose aliases it names ("level" → `onlineLevel` when "Level" is an
 * alias).
 *
 * @param name - The mapping's key as the user wrote it.
 * @param schema - The expected columns.
 * @returns The column key, or `undefined` when the name fits no column.
 * @example
 * ```ts
 * const columns = defineColumns([{ key: 'onlineLevel', aliases: ['Mức độ', 'Level'] }]);
 * resolveMappedColumn('level', columns); // "onlineLevel"
 * resolveMappedColumn('ONLINELEVEL', columns); // "onlineLevel"
 * ```
 */
export function resolveMappedColumn<K extends string>(name: string, schema: ColumnSchema<K>): K | undefined {
  const lower = name.trim().toLowerCase();
  const direct = schema.specs.find((spec) => spec.key.toLowerCase() === lower);
  if (direct !== undefined) return direct.key;
  return matchHeader(name, schema.byAlias);
}

/**
 * The file header a mapping names, matched by `headerKey` (case, accents, spacing and parenthesised
 * notes ignored).
 *
 * @param header - The header the user named.
 * @param headers - The file's headers.
 * @returns The index of the file's header, or `-1`.
 * @example
 * ```ts
 * findMappedHeader('muc do', ['STT', 'Mức độ (1-4)']); // 1
 * ```
 */
export function findMappedHeader(header: string, headers: readonly string[]): number {
  const exact = headers.indexOf(header);
  if (exact >= 0) return exact;
  const key = headerKey(header);
  return key === '' ? -1 : headers.findIndex((candidate) => headerKey(candidate) === key);
}
