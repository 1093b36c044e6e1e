import { EgovError } from '@egov/core';
import { headerKey } from '@egov/core';

/** One column a domain table expects. */
export interface ColumnSpec<K extends string = string> {
  /** Key of the column in mapped rows, e.g. `"name"`. */
  readonly key: K;
  /** Header texts that name the column, Vietnamese and English; matching ignores case, accents and spacing. */
  readonly aliases: readonly string[];
  /** Whether a table without this column is an error (default `false`). */
  readonly required?: boolean;
}

/** Columns prepared for matching by {@link defineColumns}. */
export interface ColumnSchema<K extends string = string> {
  readonly specs: readonly ColumnSpec<K>[];
  /** Alias key (`headerKey` of `@egov/core`) → column key. */
  readonly byAlias: ReadonlyMap<string, K>;
}

/**
 * Declares the columns of a domain table, with Vietnamese and English aliases, for {@link mapHeaders}
 * and {@link mapRows}. Aliases are keyed with `headerKey` of `@egov/core` (accents and case removed,
 * đ→d, punctuation and runs of whitespace to one space, parenthesised notes dropped, TTHC/DVC/DVCTT
 * expanded), so `"Tên thủ tục hành chính"`, `"TEN THU TUC HANH CHINH"`, `"Tên TTHC"` and
 * `"Tên  thủ tục\nhành chính"` all match; a header that begins with a multi-word alias matches it too
 * (`matchHeader`).
 *
 * @param specs - The columns; the column key itself is always an alias too.
 * @returns The schema.
 * @throws {EgovError} `invalid-argument` when two columns share a key or a folded alias (a programmer error).
 * @example
 * ```ts
 * const columns = defineColumns([
 *   { key: 'name', aliases: ['Tên thủ tục hành chính', 'Tên thủ tục', 'Procedure name'], required: true },
 *   { key: 'leadAgency', aliases: ['Cơ quan chủ trì', 'Cơ quan chủ trì xử lý', 'Lead agency'] },
 * ]);
 * ```
 */
export function defineColumns<const K extends string>(specs: readonly ColumnSpec<K>[]): ColumnSchema<K> {
  const byAlias = new Map<string, K>();
  const keys = new Set<string>();
  for (const spec of specs) {
    if (keys.has(spec.key)) {
      throw new EgovError({ code: 'invalid-argument', message: `defineColumns: duplicate column key "${spec.key}"` });
    }
    keys.add(spec.key);
    for (const alias of [spec.key, ...spec.aliases]) {
      const folded = headerKey(alias);
      const owner = byAlias.get(folded);
      if (owner !== undefined && owner !== spec.key) {
        throw new EgovError({
          code: 'invalid-argument',
          message: `defineColumns: alias "${alias}" of "${spec.key}" already names column "${owner}"`,
        });
      }
      byAlias.set(folded, spec.key);
    }
  }
  return { specs, byAlias };
}
