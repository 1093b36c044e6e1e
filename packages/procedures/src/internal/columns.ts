import { foldKey } from '@egov/core';
import type { Row } from '../rows/row';

/** Alias table: field name → folded header texts that mean it. */
export type AliasTable<F extends string> = Readonly<Record<F, readonly string[]>>;

/** Result of matching headers against an alias table. */
export interface ColumnMatch<F extends string> {
  /** Field → the header text used in the rows. */
  readonly columns: ReadonlyMap<F, string>;
  /** Headers that match no field (and are not row numbers). */
  readonly unknown: readonly string[];
  /** Headers that match a field already matched by an earlier header. */
  readonly repeated: readonly { readonly header: string; readonly field: F }[];
}

const rowNumberHeaders = new Set(['tt', 'stt', 'so tt', 'so thu tu', 'no', 'n', '#']);

/** Collects the headers of the first rows (rows may omit empty cells). */
export function collectHeaders(rows: readonly Row[], sample = 100): string[] {
  const headers: string[] = [];
  const seen = new Set<string>();
  const limit = Math.min(rows.length, sample);
  for (let i = 0; i < limit; i += 1) {
    const row = rows[i];
    if (row === undefined) continue;
    for (const header of Object.keys(row)) {
      if (!seen.has(header)) {
        seen.add(header);
        headers.push(header);
      }
    }
  }
  return headers;
}

/** Matches headers (in Vietnamese or English, any case or diacritics) to fields. */
export function matchColumns<F extends string>(headers: readonly string[], aliases: AliasTable<F>): ColumnMatch<F> {
  const lookup = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) lookup.set(foldKey(alias), field);
  }
  const columns = new Map<F, string>();
  const unknown: string[] = [];
  const repeated: { header: string; field: F }[] = [];
  for (const header of headers) {
    const folded = foldKey(header);
    const field = lookup.get(folded);
    if (field === undefined) {
      if (!rowNumberHeaders.has(folded)) unknown.push(header);
    } else if (columns.has(field)) {
      repeated.push({ header, field });
    } else {
      columns.set(field, header);
    }
  }
  return { columns, unknown, repeated };
}
