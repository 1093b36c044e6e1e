import { headerKey, matchHeader } from '@egov/core';
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
  /** Entries of the user's mapping that name no field, or a header the table lacks. */
  readonly unmapped: readonly { readonly column: string; readonly header: string; readonly reason: 'column' | 'header' }[];
}

/** The user's mapping: a field (its name or any alias) → the header that holds it (`{ level: 'Mức độ' }`). */
export type ColumnMapping = Readonly<Record<string, string>>;

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

/**
 * Matches headers (in Vietnamese or English, any case or diacritics, abbreviations such as TTHC and
 * DVCTT, a header beginning with a multi-word alias) to fields with `matchHeader` of `@egov/core`,
 * after the user's mapping, which wins over the aliases.
 */
export function matchColumns<F extends string>(headers: readonly string[], aliases: AliasTable<F>, mapping: ColumnMapping = {}): ColumnMatch<F> {
  const lookup = new Map<string, F>();
  const fields = Object.keys(aliases) as F[];
  for (const field of fields) {
    for (const alias of aliases[field]) lookup.set(headerKey(alias), field);
  }
  const mapped = new Map<string, F>();
  const unmapped: { column: string; header: string; reason: 'column' | 'header' }[] = [];
  for (const [column, wanted] of Object.entries(mapping)) {
    const field = fields.find((name) => name.toLowerCase() === column.trim().toLowerCase()) ?? matchHeader(column, lookup);
    const header = headers.includes(wanted) ? wanted : headers.find((candidate) => headerKey(candidate) === headerKey(wanted));
    if (field === undefined || header === undefined) unmapped.push({ column, header: wanted, reason: field === undefined ? 'column' : 'header' });
    else mapped.set(header, field);
  }
  const mappedFields = new Set(mapped.values());
  const columns = new Map<F, string>();
  const unknown: string[] = [];
  const repeated: { header: string; field: F }[] = [];
  for (const header of headers) {
    const aliased = matchHeader(header, lookup);
    const field = mapped.get(header) ?? (aliased !== undefined && mappedFields.has(aliased) ? undefined : aliased);
    if (field === undefined) {
      if (!rowNumberHeaders.has(headerKey(header))) unknown.push(header);
    } else if (columns.has(field)) {
      repeated.push({ header, field });
    } else {
      columns.set(field, header);
    }
  }
  return { columns, unknown, repeated, unmapped };
}
