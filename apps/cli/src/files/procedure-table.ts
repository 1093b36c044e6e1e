import { createFinding, foldKey, parseJsonPointer, type Finding } from '@egov/core';
import {
  atLeastLevel,
  countProcedures,
  formatPercent,
  procedureColumnAliases,
  proceduresFromRows,
  type OnlineLevel,
  type Procedure,
  type ProcedureColumn,
} from '@egov/procedures';
import { locateFindings, tableRecords, type Table } from '@egov/io';


const aliasKeys = (field: ProcedureColumn): Set<string> => new Set(procedureColumnAliases[field].map(foldKey));

function hasColumn(headers: readonly string[], field: ProcedureColumn): boolean {
  const keys = aliasKeys(field);
  return headers.some((header) => keys.has(foldKey(header)));
}

/**
 * Whether a table is a procedure catalogue: a procedure name column ("Tên thủ tục", "Tên DVCTT", …) and a
 * level or class column ("Mức độ", "Toàn trình/Một phần", …), headers as `@egov/procedures` reads them.
 *
 * @param headers - The table's headers.
 * @returns `true` for `examples/today-2026-catalogue/catalogue.csv`.
 * @example
 * ```ts
 * isCatalogueTable(['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cấp', 'Cơ quan chủ trì', 'Mức độ']); // true
 * ```
 */
export function isCatalogueTable(headers: readonly string[]): boolean {
  return hasColumn(headers, 'name') && (hasColumn(headers, 'onlineLevel') || hasColumn(headers, 'onlineClass'));
}

const countHeaders = new Set(['so tthc', 'so thu tuc', 'so thu tuc hanh chinh', 'so luong', 'so dvctt', 'so dich vu', 'tong so', 'count', 'number']);

function countColumn(table: Table): number | undefined {
  return table.columns.find((column) => countHeaders.has(foldKey(column.header)))?.index;
}

function levelColumn(table: Table): number | undefined {
  const keys = aliasKeys('onlineLevel');
  return table.columns.find((column) => keys.has(foldKey(column.header)))?.index;
}

/**
 * Whether a table counts procedures by level (a level column, a count column such as "Số TTHC", and no
 * procedure name column), like source 000's `procedure-levels.csv`.
 *
 * @param headers - The table's headers.
 * @returns `true` for `Mức độ, Nội dung, Số TTHC, Ghi chú`.
 * @example
 * ```ts
 * isLevelCountTable(['Mức độ', 'Nội dung', 'Số TTHC', 'Ghi chú']); // true
 * ```
 */
export function isLevelCountTable(headers: readonly string[]): boolean {
  return hasColumn(headers, 'onlineLevel') && !hasColumn(headers, 'name') && headers.some((header) => countHeaders.has(foldKey(header)));
}

/** Procedures counted by level in a count table, and its stated total. */
export interface LevelCounts {
  /** Count by level 1–4 as the table states them. */
  readonly byLevel: Readonly<Record<OnlineLevel, number>>;
  /** The stated total (a row with a count and no level), when there is one. */
  readonly statedTotal?: { readonly value: number; readonly row: number };
  /** Placeholder procedures, one per counted procedure, so the catalogue statistics apply. */
  readonly procedures: readonly Procedure[];
  readonly findings: readonly Finding[];
}

const cellText = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/**
 * Reads a count table by level. Its check compares the stated total with the sum of the levels (source
 * 000: 60 + 10 + 68 + 0 = 138, stated 138): a difference is an error at the total's cell; the share at
 * level 3 or higher is reported as information, as an exact ratio ("70/138 = 50,72%").
 *
 * @param table - A table for which {@link isLevelCountTable} holds.
 * @param file - The file name to show.
 * @returns The counts, placeholder procedures and findings.
 * @example
 * ```ts
 * levelCountsFromTable(table, 'procedure-levels.csv').byLevel; // { 1: 0, 2: 68, 3: 10, 4: 60 }
 * ```
 */
export function levelCountsFromTable(table: Table, file: string): LevelCounts {
  const level = levelColumn(table);
  const count = countColumn(table);
  const byLevel: Record<OnlineLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const findings: Finding[] = [];
  let statedTotal: { value: number; row: number } | undefined;
  const letter = (index: number | undefined): string => (index === undefined ? '' : (table.columns[index]?.letter ?? ''));
  for (const row of table.rows) {
    const levelText = foldKey(cellText(level === undefined ? undefined : row.values[level]));
    const countText = cellText(count === undefined ? undefined : row.values[count]);
    if (levelText === '' && countText === '') continue;
    const number = /^\d+$/.test(countText.replace(/[.\s]/g, '')) ? Number(countText.replace(/[.\s]/g, '')) : undefined;
    const levelMatch = /^(?:muc do |muc |level )?([1-4])$/.exec(levelText);
    if (number === undefined) {
      findings.push(
        createFinding({
          ruleId: 'cli/level-count-invalid',
          severity: 'error',
          message: { vi: `Dòng ${String(row.row)}: không đọc được số thủ tục "${countText}"`, en: `Row ${String(row.row)}: cannot read the count "${countText}"` },
          location: { file, row: row.row, column: letter(count) },
        }),
      );
      continue;
    }
    if (levelMatch !== null) byLevel[Number(levelMatch[1]) as OnlineLevel] += number;
    else if (levelText === '' || /tong|total|cong/.test(levelText)) statedTotal ??= { value: number, row: row.row };
    else {
      findings.push(
        createFinding({
          ruleId: 'cli/level-count-invalid',
          severity: 'error',
          message: { vi: `Dòng ${String(row.row)}: mức độ "${levelText}" không phải 1, 2, 3 hoặc 4`, en: `Row ${String(row.row)}: level "${levelText}" is not 1, 2, 3 or 4` },
          location: { file, row: row.row, column: letter(level) },
        }),
      );
    }
  }
  const sum = byLevel[1] + byLevel[2] + byLevel[3] + byLevel[4];
  const parts = `${String(byLevel[4])} + ${String(byLevel[3])} + ${String(byLevel[2])} + ${String(byLevel[1])}`;
  if (statedTotal !== undefined && statedTotal.value !== sum) {
    findings.push(
      createFinding({
        ruleId: 'cli/level-count-total-mismatch',
        severity: 'error',
        message: {
          vi: `Tổng ghi ${String(statedTotal.value)} thủ tục, nhưng các mức độ 4/3/2/1 cộng lại ${parts} = ${String(sum)}`,
          en: `The stated total is ${String(statedTotal.value)} procedures, but levels 4/3/2/1 add up to ${parts} = ${String(sum)}`,
        },
        location: { file, row: statedTotal.row, column: letter(count) },
        data: { stated: statedTotal.value, computed: sum },
      }),
    );
  }
  const procedures: Procedure[] = ([4, 3, 2, 1] as const).flatMap((k) =>
    Array.from({ length: byLevel[k] }, (_, i) => ({ name: `Mức độ ${String(k)} #${String(i + 1)}`, onlineLevel: k })),
  );
  const share = atLeastLevel(countProcedures(procedures), 3);
  if (sum > 0) {
    findings.push(
      createFinding({
        ruleId: 'cli/level-share',
        severity: 'info',
        message: {
          vi: `${parts} = ${String(sum)}${statedTotal === undefined ? ' (bảng không ghi tổng)' : `, khớp tổng ghi ${String(statedTotal.value)}`}; mức độ 3 trở lên: ${ratioText(share, 'vi')}`,
          en: `${parts} = ${String(sum)}${statedTotal === undefined ? ' (no stated total)' : `, matching the stated total ${String(statedTotal.value)}`}; level 3 or higher: ${ratioText(share, 'en')}`,
        },
        location: { file },
        data: { byLevel, sum, numerator: share.numerator, denominator: share.denominator },
      }),
    );
  }
  // A mismatch leaves the info's "matching" wording wrong: say only what holds.
  const located = statedTotal !== undefined && statedTotal.value !== sum ? findings.filter((f) => f.ruleId !== 'cli/level-share') : findings;
  return { byLevel, ...(statedTotal === undefined ? {} : { statedTotal }), procedures, findings: located };
}

/**
 * An exact share as documents should print it: "70/138 = 50,72%" (comma in Vietnamese, point in English);
 * "0/0" when there is nothing to count.
 *
 * @param share - Numerator and denominator.
 * @param lang - Language of the decimal mark.
 * @returns The text.
 * @example
 * ```ts
 * ratioText({ numerator: 70, denominator: 138 }, 'vi'); // "70/138 = 50,72%"
 * ```
 */
export function ratioText(share: { readonly numerator: number; readonly denominator: number }, lang: 'vi' | 'en'): string {
  if (share.denominator === 0) return `${String(share.numerator)}/0`;
  return `${String(share.numerator)}/${String(share.denominator)} = ${formatPercent(share, { language: lang })}`;
}

/** Procedures read from a catalogue table, with the table row of each and the located findings. */
export interface CatalogueTable {
  readonly procedures: readonly Procedure[];
  /** Spreadsheet row number of each procedure. */
  readonly rows: readonly number[];
  readonly findings: readonly Finding[];
}

/**
 * Reads procedures from a catalogue table with `@egov/procedures`' `proceduresFromRows`; findings point
 * at the user's row and column letter.
 *
 * @param table - The table.
 * @param file - The file name to show.
 * @returns The procedures, their rows and the findings.
 * @example
 * ```ts
 * catalogueFromTable(table, 'catalogue.csv').procedures.length; // 41
 * ```
 */
export function catalogueFromTable(table: Table, file: string): CatalogueTable {
  const records = tableRecords(table);
  const { procedures, rowIndexes, findings } = proceduresFromRows(
    records.map((record) => record.cells),
    { file },
  );
  const rowOf = (index: number): number | undefined => records[index]?.position.row;
  const rowFixed = findings.map((finding) => {
    const [first] = parseJsonPointer(finding.path);
    const row = first === undefined || first === '' ? undefined : rowOf(Number(first));
    return row === undefined ? finding : { ...finding, location: { ...finding.location, row } };
  });
  return { procedures, rows: rowIndexes.map((index) => rowOf(index) ?? index + 2), findings: locateFindings(rowFixed, table) };
}

/**
 * Points `findDuplicates` findings (path `/procedures/<index>`) at the row of the cluster's first member.
 *
 * @param findings - Findings of `findDuplicates`.
 * @param rows - Row of each procedure (from {@link catalogueFromTable}).
 * @param file - The file name to show.
 * @returns The located findings.
 * @example
 * ```ts
 * locateDuplicateFindings(findDuplicates(procedures).findings, catalogue.rows, 'catalogue.csv');
 * ```
 */
export function locateDuplicateFindings(findings: readonly Finding[], rows: readonly number[], file: string): Finding[] {
  return findings.map((finding) => {
    const index = Number(parseJsonPointer(finding.path)[1]);
    const row = rows[index];
    return { ...finding, location: { ...finding.location, file, ...(row === undefined ? {} : { row }) } };
  });
}
