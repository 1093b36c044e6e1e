import { createFinding, type Finding } from '@egov/core';
import { procedureSchema, type Procedure } from '../model/procedure';
import { isEmptyCell, parseBoolean, parseDate, parseDays, parseMoney, parseText, type Parsed } from '../internal/cells';
import { parseClass, parseLevel, parseTier } from '../internal/domain-cells';
import { collectHeaders, matchColumns } from '../internal/columns';
import { procedureColumnAliases, type ProcedureColumn } from './procedure-columns';
import type { Cell, Row, RowSource } from './row';

/** Result of {@link proceduresFromRows}: the procedures read and the findings about the rows. */
export interface ProceduresFromRows {
  readonly procedures: readonly Procedure[];
  /** For each procedure, the index of its row in the input. */
  readonly rowIndexes: readonly number[];
  readonly findings: readonly Finding[];
}

function parsePartners(cell: Cell | undefined): Parsed<readonly string[]> {
  const text = parseText(cell);
  if (text.kind !== 'value') return text;
  // Split on ";" and line breaks only: names such as "Sở, ngành, địa phương" contain commas.
  const parts = text.value
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length === 0 ? { kind: 'empty' } : { kind: 'value', value: parts };
}

const expected: Readonly<Record<ProcedureColumn, { vi: string; en: string }>> = {
  code: { vi: 'mã thủ tục', en: 'a procedure code' },
  name: { vi: 'tên thủ tục', en: 'a procedure name' },
  field: { vi: 'lĩnh vực', en: 'a field' },
  tier: { vi: 'cấp tỉnh, huyện, xã hoặc trung ương', en: 'province, district, commune or central' },
  leadAgency: { vi: 'tên cơ quan', en: 'an agency name' },
  partnerAgencies: { vi: 'tên cơ quan, cách nhau bởi ";"', en: 'agency names separated by ";"' },
  onlineLevel: { vi: 'mức độ 1, 2, 3 hoặc 4', en: 'level 1, 2, 3 or 4' },
  onlineClass: { vi: '"toàn trình", "một phần" hoặc "không"', en: '"full", "partial" or "none"' },
  fee: { vi: 'số tiền đồng (ví dụ 50.000) hoặc "Không"', en: 'an amount in đồng (e.g. 50.000) or "none"' },
  timeLimitDays: { vi: 'số ngày', en: 'a number of days' },
  fullOnlineEligible: { vi: '"Có" hoặc "Không"', en: '"yes" or "no"' },
  validFrom: { vi: 'ngày dd/mm/yyyy hoặc yyyy-mm-dd', en: 'a date dd/mm/yyyy or yyyy-mm-dd' },
  validTo: { vi: 'ngày dd/mm/yyyy hoặc yyyy-mm-dd', en: 'a date dd/mm/yyyy or yyyy-mm-dd' },
};

const parsers: Readonly<Record<ProcedureColumn, (cell: Cell | undefined) => Parsed<unknown>>> = {
  code: parseText,
  name: parseText,
  field: parseText,
  tier: parseTier,
  leadAgency: parseText,
  partnerAgencies: parsePartners,
  onlineLevel: parseLevel,
  onlineClass: parseClass,
  fee: parseMoney,
  timeLimitDays: parseDays,
  fullOnlineEligible: parseBoolean,
  validFrom: parseDate,
  validTo: parseDate,
};

/**
 * Reads procedures from table rows with Vietnamese or English headers ({@link procedureColumnAliases}).
 * Never throws on user data: a row without a name is skipped with a `procedures/row-missing-name` error;
 * an unreadable cell is left out with a `procedures/invalid-cell` warning; an unknown header gives a
 * `procedures/unknown-column` info. A level column holding "toàn trình"/"một phần" sets the class.
 * Findings point at the cell: path `/<row index>/<header>` and location row/column.
 *
 * @param rows - Rows keyed by header.
 * @param source - File, sheet and the spreadsheet row number of the first row (default 2).
 * @returns Procedures, their row indexes and findings.
 * @example
 * ```ts
 * const { procedures } = proceduresFromRows([
 *   { 'Tên DVCTT': 'Cấp phép hợp báo', 'Mức DVCTT': '4', 'Cơ quan chủ trì xử lý': 'Sở Thông tin và Truyền thông' },
 * ]);
 * procedures[0]?.onlineLevel; // 4
 * ```
 */
export function proceduresFromRows(rows: readonly Row[], source: RowSource = {}): ProceduresFromRows {
  const firstRow = source.firstRow ?? 2;
  const match = matchColumns(collectHeaders(rows), procedureColumnAliases);
  const findings: Finding[] = [];
  const where = (row: number | undefined, column: string | undefined) => ({
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
  });
  for (const header of match.unknown) {
    findings.push(
      createFinding({
        ruleId: 'procedures/unknown-column',
        severity: 'info',
        path: '',
        location: where(undefined, header),
        data: { header },
        message: { vi: `Cột "${header}" không được sử dụng.`, en: `Column "${header}" is not used.` },
      }),
    );
  }
  for (const { header, field } of match.repeated) {
    findings.push(
      createFinding({
        ruleId: 'procedures/repeated-column',
        severity: 'warning',
        path: '',
        location: where(undefined, header),
        data: { header, field, used: match.columns.get(field) },
        message: {
          vi: `Cột "${header}" trùng nghĩa với cột "${match.columns.get(field) ?? ''}"; chỉ dùng cột đầu tiên.`,
          en: `Column "${header}" means the same as "${match.columns.get(field) ?? ''}"; only the first is used.`,
        },
      }),
    );
  }
  const procedures: Procedure[] = [];
  const rowIndexes: number[] = [];
  rows.forEach((row, index) => {
    if (Object.values(row).every(isEmptyCell)) return;
    const candidate: Record<string, unknown> = {};
    for (const [field, header] of match.columns) {
      const parsed = parsers[field](row[header]);
      if (parsed.kind === 'value') {
        candidate[field] = parsed.value;
      } else if (parsed.kind === 'invalid') {
        // A class written in the level column ("Toàn trình") is read as the class.
        const asClass = field === 'onlineLevel' ? parseClass(row[header]) : undefined;
        if (asClass?.kind === 'value') {
          candidate.onlineClass ??= asClass.value;
          continue;
        }
        const found = String(row[header]);
        findings.push(
          createFinding({
            ruleId: 'procedures/invalid-cell',
            severity: 'warning',
            path: [index, header],
            location: where(firstRow + index, header),
            data: { field, found },
            message: {
              vi: `Dòng ${firstRow + index}, cột "${header}": cần ${expected[field].vi}, gặp "${found}"; bỏ qua ô này.`,
              en: `Row ${firstRow + index}, column "${header}": expected ${expected[field].en}, found "${found}"; cell ignored.`,
            },
          }),
        );
      }
    }
    if (candidate.name === undefined) {
      const header = match.columns.get('name');
      findings.push(
        createFinding({
          ruleId: 'procedures/row-missing-name',
          severity: 'error',
          path: header === undefined ? [index] : [index, header],
          location: where(firstRow + index, header),
          data: { row: firstRow + index },
          message: {
            vi: `Dòng ${firstRow + index}: thiếu tên thủ tục; bỏ qua dòng này.`,
            en: `Row ${firstRow + index}: procedure name missing; row skipped.`,
          },
        }),
      );
      return;
    }
    const parsed = procedureSchema.safeParse(candidate);
    if (parsed.success) {
      procedures.push(parsed.data);
      rowIndexes.push(index);
    } else {
      findings.push(
        createFinding({
          ruleId: 'procedures/invalid-row',
          severity: 'error',
          path: [index],
          location: where(firstRow + index, undefined),
          data: { issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
          message: {
            vi: `Dòng ${firstRow + index}: dữ liệu không hợp lệ; bỏ qua dòng này.`,
            en: `Row ${firstRow + index}: invalid data; row skipped.`,
          },
        }),
      );
    }
  });
  return { procedures, rowIndexes, findings };
}
