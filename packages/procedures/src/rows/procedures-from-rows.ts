import { createFinding, headerKey, parseTotalLabel, type Finding } from '@egov/core';
import { procedureSchema, type Procedure } from '../model/procedure';
import { isEmptyCell, parseBoolean, parseDate, parseDays, parseMoney, parseText, type Parsed } from '../internal/cells';
import { parseClass, parseLevel, parseTier } from '../internal/domain-cells';
import { collectHeaders, matchColumns } from '../internal/columns';
import { procedureColumnAliases, type ProcedureColumn } from './procedure-columns';
import type { Cell, Row, RowSource } from './row';

const rowNumberHeader = (header: string): boolean => ['stt', 'tt', 'so tt', 'so thu tu'].includes(headerKey(header));

/** Result of {@link proceduresFromRows}: the procedures read and the findings about the rows. */
export interface ProceduresFromRows {
  readonly procedures: readonly Procedure[];
  /** For each procedure, the index of its row in the input. */
  readonly rowIndexes: readonly number[];
  /**
   * Total rows ("Tổng cộng", "Cộng", "Tổng cộng: 10 thủ tục"): never procedures. `count` is the count
   * the row states, `counted` the procedures it covers (all rows above a grand total; the rows since the
   * previous total for a subtotal).
   */
  readonly totals: readonly { readonly index: number; readonly kind: 'grand' | 'subtotal'; readonly count?: number; readonly counted: number }[];
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
 * Reads procedures from table rows with Vietnamese or English headers ({@link procedureColumnAliases},
 * abbreviations such as "Tên TTHC" and "Mức độ DVCTT" included), or as `source.columns` maps them.
 * Total rows ("Tổng cộng", "Cộng", "Tổng cộng: 10 thủ tục") are never procedures: a count they state is
 * checked against the procedures above (`procedures/total-mismatch`). A table without a name column is one
 * `procedures/missing-column` error naming the headers found and how to map one. Never throws on user data: a row without a name is skipped with a `procedures/row-missing-name` error;
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
  const headers = collectHeaders(rows);
  const match = matchColumns(headers, procedureColumnAliases, source.columns);
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
  for (const { column, header, reason } of match.unmapped) {
    const fields = Object.keys(procedureColumnAliases).join(', ');
    findings.push(
      createFinding({
        ruleId: 'procedures/column-mapping',
        severity: 'error',
        path: '',
        location: where(undefined, undefined),
        data: { column, header, reason },
        message:
          reason === 'column'
            ? { vi: `Ánh xạ cột ${column}="${header}": không có cột "${column}" (các cột: ${fields})`, en: `Column mapping ${column}="${header}": there is no column "${column}" (columns: ${fields})` }
            : { vi: `Ánh xạ cột ${column}="${header}": bảng không có tiêu đề "${header}" (các tiêu đề: ${headers.join(', ')})`, en: `Column mapping ${column}="${header}": the table has no header "${header}" (headers: ${headers.join(', ')})` },
      }),
    );
  }
  const nameHeader = match.columns.get('name');
  if (nameHeader === undefined && rows.length > 0) {
    const example = match.unknown[0] ?? '…';
    findings.push(
      createFinding({
        ruleId: 'procedures/missing-column',
        severity: 'error',
        path: '',
        location: where(undefined, undefined),
        data: { field: 'name', headers, accepted: procedureColumnAliases.name },
        message: {
          vi: `Thiếu cột tên thủ tục (name; tên cột được chấp nhận: ${procedureColumnAliases.name.join(', ')}). Các tiêu đề trong bảng: ${headers.join(', ')}. Nếu một cột trong đó là tên thủ tục, hãy chỉ rõ, ví dụ --columns name="${example}"`,
          en: `Missing the procedure name column (name; accepted headers: ${procedureColumnAliases.name.join(', ')}). Headers in the table: ${headers.join(', ')}. If one of them holds the names, say so, e.g. --columns name="${example}"`,
        },
      }),
    );
    return { procedures: [], rowIndexes: [], totals: [], findings };
  }
  const procedures: Procedure[] = [];
  const rowIndexes: number[] = [];
  const totals: { index: number; kind: 'grand' | 'subtotal'; count?: number; counted: number }[] = [];
  let sinceTotal = 0;
  const codeHeader = match.columns.get('code');
  rows.forEach((row, index) => {
    if (Object.values(row).every(isEmptyCell)) return;
    // A total row ("Tổng cộng: 10 thủ tục" in the name column, "Tổng" or "Cộng" in the number column) is a
    // check on the rows above it, never a procedure.
    const label = [nameHeader, codeHeader, ...headers.filter((h) => rowNumberHeader(h))]
      .map((header) => (header === undefined ? undefined : row[header]))
      .find((cell) => typeof cell === 'string' && parseTotalLabel(cell) !== undefined);
    const total = typeof label === 'string' ? parseTotalLabel(label) : undefined;
    if (total !== undefined) {
      const counted = total.kind === 'grand' ? procedures.length : sinceTotal;
      sinceTotal = 0;
      totals.push({ index, kind: total.kind, ...(total.count === undefined ? {} : { count: total.count }), counted });
      if (total.count !== undefined && total.count !== counted) {
        findings.push(
          createFinding({
            ruleId: 'procedures/total-mismatch',
            severity: 'error',
            path: nameHeader === undefined ? [index] : [index, nameHeader],
            location: where(firstRow + index, nameHeader),
            data: { stated: total.count, counted, kind: total.kind },
            message: {
              vi: `Dòng ${firstRow + index}: "${String(label)}" ghi ${total.count} thủ tục, nhưng ${total.kind === 'grand' ? 'bảng liệt kê' : 'nhóm phía trên liệt kê'} ${counted}`,
              en: `Row ${firstRow + index}: "${String(label)}" states ${total.count} procedures, but ${total.kind === 'grand' ? 'the table lists' : 'the group above lists'} ${counted}`,
            },
          }),
        );
      }
      return;
    }
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
      sinceTotal += 1;
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
  return { procedures, rowIndexes, totals, findings };
}
