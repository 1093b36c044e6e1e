import type { Finding, LocalizedMessage } from '@egov/core';
import type { AmountUnit } from '@egov/budget';
import type { Table } from '@egov/io';
import type { ReadInput } from '../input/document-input';
import type { TableReading } from './table-reading';

/**
 * Figures that summarise one document (counts, totals as exact decimal strings, units): plain data for a
 * report or a view.
 *
 * @example
 * ```ts
 * const figures: SummaryFigures = { lines: 12, totalDong: '2850000000000', unit: 'ty' };
 * ```
 */
export type SummaryFigures = Readonly<Record<string, number | string>>;

/**
 * What a kind's `read` and `check` know besides the file itself.
 *
 * @example
 * ```ts
 * const context: KindContext = { path: 'budget.csv', unit: 'ty' };
 * ```
 */
export interface KindContext {
  /** The file's path, as findings name it. */
  readonly path: string;
  /** Unit of a budget table whose headers do not state it (an option, or a document that lists the table). */
  readonly unit?: AmountUnit;
  /** The user's column mapping and number notation for tables (`--columns`, `--notation`). */
  readonly reading?: TableReading;
}

/**
 * Whether a file is of a kind: `true`, or the reason it is not (shown when no kind matches).
 *
 * @example
 * ```ts
 * const no: Detection = { vi: 'không có cột số tiền', en: 'no amount column' };
 * ```
 */
export type Detection = true | LocalizedMessage;

/**
 * The model a kind read from a file, with the findings of reading it.
 *
 * @example
 * ```ts
 * const read: KindRead = { value: plan, findings: [] };
 * ```
 */
export interface KindRead {
  readonly value: unknown;
  readonly findings: readonly Finding[];
}

/**
 * One kind of file a document set may hold (a roadmap, a budget table, …): how to recognise it (or why not),
 * read it into its domain model, check it, and summarise it. Made with {@link defineTableKind} or
 * {@link defineDocumentKind}; the registry is `fileKinds`.
 *
 * @example
 * ```ts
 * fileKinds.find((kind) => kind.id === 'budget')?.format; // "table"
 * ```
 */
export interface FileKind {
  readonly id: string;
  /** Vietnamese and English names for output. */
  readonly label: LocalizedMessage;
  /** The format the kind reads: YAML/JSON documents or CSV/XLSX tables. */
  readonly format: 'table' | 'document';
  readonly detect: (input: ReadInput, reading?: TableReading) => Detection;
  /** `undefined` when the input is not of the kind's format (a kind forced on another format). */
  readonly read: (input: ReadInput, context: KindContext) => KindRead | undefined;
  readonly check: (read: KindRead, input: ReadInput, context: KindContext) => readonly Finding[];
  readonly summarise: (read: KindRead) => SummaryFigures;
}

/** What a table kind gives {@link defineTableKind}. */
export interface TableKindSpec<Value> {
  readonly id: string;
  readonly label: LocalizedMessage;
  readonly detect: (table: Table, reading: TableReading) => Detection;
  readonly read: (table: Table, context: KindContext) => { readonly value: Value; readonly findings: readonly Finding[] };
  readonly check?: (value: Value, table: Table, context: KindContext) => readonly Finding[];
  readonly summarise?: (value: Value) => SummaryFigures;
}

/** What a document kind gives {@link defineDocumentKind}. */
export interface DocumentKindSpec<Value> {
  readonly id: string;
  readonly label: LocalizedMessage;
  readonly detect: (data: unknown) => Detection;
  /** `text` is the document's text, to locate findings at their YAML/JSON line and column. */
  readonly read: (data: unknown, text: string, context: KindContext) => { readonly value: Value; readonly findings: readonly Finding[] };
  readonly check?: (value: Value, data: unknown, text: string, context: KindContext) => readonly Finding[];
  readonly summarise?: (value: Value) => SummaryFigures;
}

const notATable: LocalizedMessage = { vi: 'không phải bảng (CSV/XLSX)', en: 'not a table (CSV/XLSX)' };
const notADocument: LocalizedMessage = { vi: 'không phải văn bản YAML/JSON', en: 'not a YAML/JSON document' };

/**
 * Makes a {@link FileKind} of tables from functions of the table alone.
 *
 * @param spec - Id, label, detect (with its reason), read, and optional check and summary.
 * @returns The kind.
 * @example
 * ```ts
 * const kind = defineTableKind({ id: 'x', label: { vi: 'x', en: 'x' }, detect: () => true, read: () => ({ value: 1, findings: [] }) });
 * ```
 */
export function defineTableKind<Value>(spec: TableKindSpec<Value>): FileKind {
  return {
    id: spec.id,
    label: spec.label,
    format: 'table',
    detect: (input, reading = {}) => (input.format === 'table' ? spec.detect(input.table, reading) : notATable),
    read: (input, context) => (input.format === 'table' ? spec.read(input.table, context) : undefined),
    // The value came from this kind's own `read`.
    check: (read, input, context) => (input.format === 'table' && spec.check !== undefined ? spec.check(read.value as Value, input.table, context) : []),
    summarise: (read) => (spec.summarise === undefined ? {} : spec.summarise(read.value as Value)),
  };
}

/**
 * Makes a {@link FileKind} of YAML/JSON documents from functions of the parsed document and its text.
 *
 * @param spec - Id, label, detect (with its reason), read, and optional check and summary.
 * @returns The kind.
 * @example
 * ```ts
 * const kind = defineDocumentKind({ id: 'x', label: { vi: 'x', en: 'x' }, detect: () => true, read: () => ({ value: 1, findings: [] }) });
 * ```
 */
export function defineDocumentKind<Value>(spec: DocumentKindSpec<Value>): FileKind {
  return {
    id: spec.id,
    label: spec.label,
    format: 'document',
    detect: (input) => (input.format === 'document' ? spec.detect(input.data) : notADocument),
    read: (input, context) => (input.format === 'document' ? spec.read(input.data, input.text, context) : undefined),
    check: (read, input, context) =>
      input.format === 'document' && spec.check !== undefined ? spec.check(read.value as Value, input.data, input.text, context) : [],
    summarise: (read) => (spec.summarise === undefined ? {} : spec.summarise(read.value as Value)),
  };
}
