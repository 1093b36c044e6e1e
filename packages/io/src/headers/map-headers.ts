import type { Finding, Severity } from '@egov/core';
import { columnLetter } from '../column-letter';
import { headerKey, matchHeader } from '@egov/core';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import type { TableColumn } from '../table';
import { findMappedHeader, resolveMappedColumn, type ColumnMapping } from './column-mapping';
import type { ColumnSchema } from './define-columns';

/** Options of {@link mapHeaders}. */
export interface MapHeadersOptions {
  readonly file?: string | undefined;
  readonly sheet?: string | undefined;
  /** 1-based row of the header, for finding locations. */
  readonly headerRow?: number | undefined;
  /** Severity of an unknown column finding, or `'ignore'` (default `'warning'`). */
  readonly unknownColumns?: Severity | 'ignore';
  /** The user's mapping of columns to headers, applied before the aliases (`--columns level="Mức độ"`). */
  readonly columns?: ColumnMapping | undefined;
}

/** Which column of the file holds each expected column. */
export interface HeaderMapping<K extends string = string> {
  /** Expected column key → the file's column (absent when the file has no such column). */
  readonly columns: Readonly<Partial<Record<K, TableColumn>>>;
  /** File columns that match no expected column (empty headers are not listed). */
  readonly unknown: readonly TableColumn[];
  /**
   * `io/missing-column` (error for required columns), `io/unknown-column`, `io/duplicate-column`,
   * `io/column-mapping` (a mapping that names no column or no header).
   */
  readonly findings: readonly Finding[];
}

/**
 * Matches a file's header texts to expected columns by alias (`matchHeader` of `@egov/core`: case,
 * accents, spacing and parenthesised notes ignored, TTHC/DVC/DVCTT expanded, a header beginning with a
 * multi-word alias matches it), after the user's {@link ColumnMapping} (`options.columns`). A required
 * column that is missing is an `io/missing-column` error naming it, the accepted headers, the headers
 * found and how to map one (`--columns onlineLevel="Cấp độ"`); a header that matches nothing is an `io/unknown-column` warning (or as configured);
 * a second header naming the same column is an `io/duplicate-column` warning and the first one wins.
 *
 * @param headers - Header texts in file order.
 * @param schema - Expected columns from {@link defineColumns}.
 * @param options - Location details and the severity of unknown columns.
 * @returns The mapping with its findings.
 * @example
 * ```ts
 * const columns = defineColumns([{ key: 'name', aliases: ['Tên thủ tục hành chính'], required: true }]);
 * const mapping = mapHeaders(['STT', 'TÊN THỦ TỤC HÀNH CHÍNH'], columns);
 * mapping.columns.name?.letter; // "B"
 * mapping.unknown[0]?.header; // "STT"
 * ```
 */
export function mapHeaders<K extends string>(
  headers: readonly string[],
  schema: ColumnSchema<K>,
  options: MapHeadersOptions = {},
): HeaderMapping<K> {
  const { file, sheet, headerRow } = options;
  const unknownSeverity = options.unknownColumns ?? 'warning';
  const columns: Partial<Record<K, TableColumn>> = {};
  const unknown: TableColumn[] = [];
  const findings: Finding[] = [];
  const mapped = new Map<number, K>();
  for (const [name, header] of Object.entries(options.columns ?? {})) {
    const key = resolveMappedColumn(name, schema);
    const index = findMappedHeader(header, headers);
    if (key === undefined || index < 0) {
      const known = schema.specs.map((spec) => spec.key).join(', ');
      findings.push(
        ioFinding({
          ruleId: ioRules.columnMapping,
          severity: 'error',
          vi:
            key === undefined
              ? `Ánh xạ cột ${name}="${header}": không có cột "${name}" (các cột: ${known})`
              : `Ánh xạ cột ${name}="${header}": bảng không có tiêu đề "${header}" (các tiêu đề: ${quoteHeaders(headers)})`,
          en:
            key === undefined
              ? `Column mapping ${name}="${header}": there is no column "${name}" (columns: ${known})`
              : `Column mapping ${name}="${header}": the table has no header "${header}" (headers: ${quoteHeaders(headers)})`,
          location: locationOf(file, sheet, headerRow),
          data: { column: name, header },
        }),
      );
      continue;
    }
    mapped.set(index, key);
  }
  const mappedKeys = new Set(mapped.values());
  headers.forEach((header, index) => {
    const column: TableColumn = { index, letter: columnLetter(index), header };
    if (headerKey(header) === '') return;
    const aliased = matchHeader(header, schema.byAlias);
    const key = mapped.get(index) ?? (aliased !== undefined && mappedKeys.has(aliased) ? undefined : aliased);
    if (key === undefined) {
      unknown.push(column);
      if (unknownSeverity !== 'ignore') {
        findings.push(
          ioFinding({
            ruleId: ioRules.unknownColumn,
            severity: unknownSeverity,
            vi: `Cột không xác định "${header}" (cột ${column.letter}) sẽ bị bỏ qua`,
            en: `Unknown column "${header}" (column ${column.letter}) is ignored`,
            location: locationOf(file, sheet, headerRow, column.letter),
            data: { header, expected: schema.specs.map((spec) => spec.aliases[0] ?? spec.key) },
          }),
        );
      }
      return;
    }
    const existing = columns[key];
    if (existing !== undefined) {
      findings.push(
        ioFinding({
          ruleId: ioRules.duplicateColumn,
          severity: 'warning',
          vi: `Cột "${header}" (cột ${column.letter}) trùng với cột "${existing.header}" (cột ${existing.letter}); dùng cột ${existing.letter}`,
          en: `Column "${header}" (column ${column.letter}) duplicates "${existing.header}" (column ${existing.letter}); column ${existing.letter} is used`,
          location: locationOf(file, sheet, headerRow, column.letter),
          data: { key, header, first: existing.letter },
        }),
      );
      return;
    }
    columns[key] = column;
  });
  const found = quoteHeaders(headers);
  for (const spec of schema.specs) {
    if (columns[spec.key] !== undefined) continue;
    const accepted = spec.aliases.length > 0 ? spec.aliases : [spec.key];
    const required = spec.required === true;
    const example = unknown[0]?.header;
    const how = `--columns ${spec.key}="${example ?? '…'}"`;
    findings.push(
      ioFinding({
        ruleId: ioRules.missingColumn,
        severity: required ? 'error' : 'info',
        vi: required
          ? `Thiếu cột bắt buộc "${accepted[0] ?? spec.key}" (${spec.key}; tên cột được chấp nhận: ${accepted.join(', ')}). Các tiêu đề trong bảng: ${found}. Nếu một cột trong đó là cột này, hãy chỉ rõ, ví dụ ${how}`
          : `Thiếu cột "${accepted[0] ?? spec.key}" (tên cột được chấp nhận: ${accepted.join(', ')})`,
        en: required
          ? `Missing required column "${accepted[0] ?? spec.key}" (${spec.key}; accepted headers: ${accepted.join(', ')}). Headers in the table: ${found}. If one of them is this column, say so, e.g. ${how}`
          : `Missing optional column "${accepted[0] ?? spec.key}" (accepted headers: ${accepted.join(', ')})`,
        location: locationOf(file, sheet, headerRow),
        data: { key: spec.key, aliases: accepted, required, headers: [...headers], mapping: how },
      }),
    );
  }
  return { columns, unknown, findings };
}

function quoteHeaders(headers: readonly string[]): string {
  const named = headers.flatMap((header, index) => (header === '' ? [] : [`${columnLetter(index)} "${header}"`]));
  return named.length === 0 ? '(không có / none)' : named.join(', ');
}
