import { createFinding, type Finding, foldKey } from '@egov/core';
import { agencySchema, type Agency, type AgencyKind } from '../model/agency';
import { isEmptyCell, parseText, type Parsed } from '../internal/cells';
import { collectHeaders, matchColumns } from '../internal/columns';
import { parseTier } from '../internal/domain-cells';
import { agencyColumnAliases } from './agency-columns';
import type { Cell, Row, RowSource } from './row';


function parseKind(cell: Cell | undefined): Parsed<AgencyKind> {
  if (isEmptyCell(cell) || typeof cell !== 'string') return isEmptyCell(cell) ? { kind: 'empty' } : { kind: 'invalid' };
  const words = foldKey(cell).split(' ');
  const first = words[0] ?? '';
  if (first === 'so' || first === 'department') return { kind: 'value', value: 'department' };
  if (first === 'ban' || first === 'board') return { kind: 'value', value: 'board' };
  if (first === 'ubnd' || (words.includes('uy') && words.includes('nhan') && words.includes('dan')) || first === 'people') {
    return { kind: 'value', value: 'people-committee' };
  }
  if (first === 'khac' || first === 'other') return { kind: 'value', value: 'other' };
  return { kind: 'invalid' };
}

/**
 * Reads agencies from table rows with Vietnamese or English headers ({@link agencyColumnAliases}). Kinds
 * read "Sở…"/department, "Ban…"/board, "UBND"/"Ủy ban nhân dân"/people-committee, "Khác"/other. Rows
 * without a name are skipped with a `procedures/row-missing-name` error; unreadable cells give a
 * `procedures/invalid-cell` warning. Never throws on user data.
 *
 * @param rows - Rows keyed by header.
 * @param source - File, sheet and the spreadsheet row number of the first row (default 2).
 * @returns The agencies and the findings.
 * @example
 * ```ts
 * agenciesFromRows([{ 'Tên cơ quan': 'Sở Y tế', 'Loại': 'Sở', 'Cấp': 'Cấp tỉnh' }]).agencies[0]?.kind; // "department"
 * ```
 */
export function agenciesFromRows(rows: readonly Row[], source: RowSource = {}): { readonly agencies: readonly Agency[]; readonly findings: readonly Finding[] } {
  const firstRow = source.firstRow ?? 2;
  const { columns } = matchColumns(collectHeaders(rows), agencyColumnAliases);
  const findings: Finding[] = [];
  const agencies: Agency[] = [];
  const location = (row: number, column: string | undefined) => ({
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    row,
    ...(column === undefined ? {} : { column }),
  });
  const parsers: Readonly<Record<string, (cell: Cell | undefined) => Parsed<unknown>>> = {
    name: parseText,
    code: parseText,
    kind: parseKind,
    tier: parseTier,
  };
  rows.forEach((row, index) => {
    if (Object.values(row).every(isEmptyCell)) return;
    const candidate: Record<string, unknown> = {};
    for (const [field, header] of columns) {
      const parsed = parsers[field]?.(row[header]) ?? { kind: 'empty' };
      if (parsed.kind === 'value') candidate[field] = parsed.value;
      else if (parsed.kind === 'invalid') {
        const found = String(row[header]);
        findings.push(
          createFinding({
            ruleId: 'procedures/invalid-cell',
            severity: 'warning',
            path: [index, header],
            location: location(firstRow + index, header),
            data: { field, found },
            message: {
              vi: `Dòng ${firstRow + index}, cột "${header}": giá trị "${found}" không đọc được; bỏ qua ô này.`,
              en: `Row ${firstRow + index}, column "${header}": cannot read "${found}"; cell ignored.`,
            },
          }),
        );
      }
    }
    const parsed = agencySchema.safeParse(candidate);
    if (parsed.success) {
      agencies.push(parsed.data);
      return;
    }
    const header = columns.get('name');
    findings.push(
      createFinding({
        ruleId: 'procedures/row-missing-name',
        severity: 'error',
        path: header === undefined ? [index] : [index, header],
        location: location(firstRow + index, header),
        message: {
          vi: `Dòng ${firstRow + index}: thiếu tên cơ quan; bỏ qua dòng này.`,
          en: `Row ${firstRow + index}: agency name missing; row skipped.`,
        },
      }),
    );
  });
  return { agencies, findings };
}
