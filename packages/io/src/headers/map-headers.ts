import type { Finding, Severity } from '@egov/core';
import { columnLetter } from '../column-letter';
import { foldKey } from '@egov/core';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import type { TableColumn } from '../table';
import type { ColumnSchema } from './define-columns';

/** Options of {@link mapHeaders}. */
export interface MapHeadersOptions {
  readonly file?: string | undefined;
  readonly sheet?: string | undefined;
  /** 1-based row of the header, for finding locations. */
  readonly headerRow?: number | undefined;
  /** Severity of an unknown column finding, or `'ignore'` (default `'warning'`). */
  readonly unknownColumns?: Severity | 'ignore';
}

/** Which column of the file holds each expected column. */
export interface HeaderMapping<K extends string = string> {
  /** Expected column key → the file's column (absent when the file has no such column). */
  readonly columns: Readonly<Partial<Record<K, TableColumn>>>;
  /** File columns that match no expected column (empty headers are not listed). */
  readonly unknown: readonly TableColumn[];
  /** `io/missing-column` (error for required columns), `io/unknown-column`, `io/duplicate-column`. */
  readonly findings: readonly Finding[];
}

/**
 * Matches a file's header texts to expected columns by folded alias (case-, accent- and
 * whitespace-insensitive). A required column that is missing is an `io/missing-column` error naming the
 * accepted headers; a header that matches nothing is an `io/unknown-column` warning (or as configured);
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
  headers.forEach((header, index) => {
    const column: TableColumn = { index, letter: columnLetter(index), header };
    const folded = foldKey(header);
    if (folded === '') return;
    const key = schema.byAlias.get(folded);
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
  for (const spec of schema.specs) {
    if (columns[spec.key] !== undefined) continue;
    const accepted = spec.aliases.length > 0 ? spec.aliases : [spec.key];
    const required = spec.required === true;
    findings.push(
      ioFinding({
        ruleId: ioRules.missingColumn,
        severity: required ? 'error' : 'info',
        vi: `Thiếu cột ${required ? 'bắt buộc ' : ''}"${accepted[0] ?? spec.key}" (tên cột được chấp nhận: ${accepted.join(', ')})`,
        en: `Missing ${required ? 'required ' : 'optional '}column "${accepted[0] ?? spec.key}" (accepted headers: ${accepted.join(', ')})`,
        location: locationOf(file, sheet, headerRow),
        data: { key: spec.key, aliases: accepted, required },
      }),
    );
  }
  return { columns, unknown, findings };
}
