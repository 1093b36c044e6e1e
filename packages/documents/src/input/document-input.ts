import type { Finding } from '@egov/core';
import type { Table } from '@egov/io';

/**
 * One file of a document set as the caller has it: its path (`/`-separated, relative to the set or as the
 * user named it) and its content as bytes or as text (text wins when both are given).
 *
 * @example
 * ```ts
 * const input: DocumentInput = { path: 'hagiang/budget.csv', text: 'Nội dung,Tổng\n…' };
 * ```
 */
export interface DocumentInput {
  readonly path: string;
  readonly bytes?: Uint8Array;
  readonly text?: string;
}

/**
 * A file as read by {@link readDocumentInput}: a document (YAML/JSON) with its text, a table (CSV/XLSX), or
 * unreadable; each with the findings of reading it. Plain data.
 *
 * @example
 * ```ts
 * const read: ReadInput = { path: 'x.csv', format: 'unreadable', findings: [] };
 * ```
 */
export type ReadInput =
  | {
      readonly path: string;
      readonly format: 'document';
      readonly data: unknown;
      /** The document's text, to give findings the line and column of their JSON pointer. */
      readonly text: string;
      readonly findings: readonly Finding[];
    }
  | { readonly path: string; readonly format: 'table'; readonly table: Table; readonly findings: readonly Finding[] }
  | { readonly path: string; readonly format: 'unreadable'; readonly findings: readonly Finding[] };
