import { createFinding, type Finding, type SourceLocation } from '@egov/core';
import type { AmountUnit } from '../amount/amount-unit';
import { safeParseAmount, type NumberNotation } from '../parse/parse-amount';
import { parseUnitHeader } from '../parse/parse-unit-header';
import { fold } from '../text/fold';
import type { BudgetAmount } from './budget-amount';
import type { BudgetLine } from './budget-line';
import type { BudgetPlan } from './budget-plan';
import { isPositionedRow, type BudgetRow, type Cell, type RowRecord } from './budget-row';
import { columnRole, type ColumnRole } from './column-role';
import { parseFundingSource, type FundingSource } from './funding-source';
import { parsePhase, type Phase } from './phase';
import { parseSpendingType, type SpendingType } from './spending-type';
import type { StatedAmount } from './stated-amount';
import type { StatedTotal } from './stated-total';
import { parseYearRange, type YearRange } from './year-range';

/** Options of {@link fromRows}. */
export interface FromRowsOptions {
  /** Unit of the table ("Đơn vị: tỷ đồng", see `parseUnitHeader`); else taken from amount headers, else đồng. */
  readonly unit?: AmountUnit | undefined;
  /** Phase of the amounts; else taken from amount headers ("Dự kiến kinh phí"), else `proposed`. */
  readonly phase?: Phase;
  readonly source?: FundingSource;
  readonly spendingType?: SpendingType;
  readonly title?: string;
  readonly document?: string;
  readonly period?: YearRange;
  /** Number notation of the cells; `auto` by default (ambiguous cells become findings). */
  readonly notation?: NumberNotation;
  /** Row number of the first row in the file, for rows without a position (default 2: one header row). */
  readonly firstRow?: number;
  /** File name for finding locations. */
  readonly file?: string;
  /** Sheet name for finding locations. */
  readonly sheet?: string;
}

/** What {@link fromRows} returns: the plan and the problems met while reading it. */
export interface FromRowsResult {
  readonly plan: BudgetPlan;
  readonly findings: readonly Finding[];
}

interface Column {
  readonly header: string;
  readonly role: ColumnRole;
  readonly unit: AmountUnit | undefined;
  readonly phase: Phase | undefined;
}

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return (typeof cell === 'number' ? String(cell) : cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}

function isBlank(cell: Cell | undefined): boolean {
  const t = text(cell);
  return t === '' || t === '-' || t === '–';
}

const totalLabel = /^(tong|cong|total|grand total|sum)\b/;

/**
 * Builds a {@link BudgetPlan} from table rows (as `@egov/io` or any CSV/spreadsheet reader gives them),
 * recognising Vietnamese and English headers ("TT", "Tên dự án, nhiệm vụ", "Đơn vị chủ trì",
 * "Nguồn vốn", "Tổng kinh phí", …) in both layouts of real tables:
 * - pivoted, one column per year ("Năm 2014", "2015", "Dự kiến kinh phí năm 2019"), as in sources 000 and 003;
 * - long, a "Năm" column and an amount column ("Kinh phí"), one row per line and year (rows of the same
 *   line are merged).
 *
 * Rows whose label starts with "Tổng"/"Cộng"/"Total" and have no line number become stated column and
 * grand totals; a cell starting with "Bằng chữ" gives the total in words. Each column's unit comes from
 * its header ("Kinh phí (triệu đồng)"), else from the last caption row above it inside the sheet ("Đơn vị
 * tính: triệu đồng"), else from `options.unit`, else from the amount headers, else đồng. Cells that cannot be read are findings
 * (with file, sheet, row and column), never guesses; the rest of the table is still read.
 *
 * @param rows - Rows keyed by header; optionally `{ cells, position }`.
 * @param options - Unit, phase, defaults, notation and file position.
 * @returns The plan and findings.
 * @example
 * ```ts
 * const { plan, findings } = fromRows(
 *   [
 *     { STT: '1', 'Tên dịch vụ công triển khai': 'Đăng ký kinh doanh', '2014': '1.4', '2015': '0', 'Tổng kinh phí': '1.4' },
 *     { STT: null, 'Tên dịch vụ công triển khai': 'Tổng kinh phí', '2014': '8', '2015': '7.2', 'Tổng kinh phí': '15.2' },
 *   ],
 *   { unit: parseUnitHeader('Đơn vị: tỷ đồng') },
 * );
 * plan.lines[0]?.amounts[0]?.dong; // "1400000000"
 * ```
 */
export function fromRows(rows: readonly BudgetRow[], options: FromRowsOptions = {}): FromRowsResult {
  const findings: Finding[] = [];
  const headers: string[] = [];
  for (const row of rows) {
    const cells = isPositionedRow(row) ? row.cells : row;
    for (const header of Object.keys(cells)) if (!headers.includes(header)) headers.push(header);
  }
  const columns: Column[] = headers.map((header) => ({
    header,
    role: columnRole(header),
    unit: parseUnitHeader(header),
    phase: parsePhase(header),
  }));
  const find = (kind: ColumnRole['kind']): Column | undefined => columns.find((c) => c.role.kind === kind);
  const amountColumns = columns.filter((c) => c.role.kind === 'amount');
  const totalColumn = find('total');
  let unit: AmountUnit =
    options.unit ?? amountColumns.find((c) => c.unit !== undefined)?.unit ?? totalColumn?.unit ?? 'dong';
  let planUnit = unit;
  const phase = options.phase ?? amountColumns.find((c) => c.phase !== undefined)?.phase ?? 'proposed';
  const numberColumn = find('number');
  const nameColumn = find('name');
  const yearColumn = find('year');

  const lines: BudgetLine[] = [];
  const statedTotals: StatedTotal[] = [];
  const firstRow = options.firstRow ?? 2;

  rows.forEach((row, rowIndex) => {
    const cells: RowRecord = isPositionedRow(row) ? row.cells : row;
    const position: SourceLocation = isPositionedRow(row) && row.position !== undefined
      ? row.position
      : {
          ...(options.file === undefined ? {} : { file: options.file }),
          ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
          row: firstRow + rowIndex,
        };
    const cell = (column: Column | undefined): string => (column === undefined ? '' : text(cells[column.header]));
    const filled = headers.map((h) => text(cells[h])).filter((t) => t !== '' && t !== '-' && t !== '–');
    if (filled.length === 0) return;
    // A caption row inside the sheet ("Đơn vị tính: triệu đồng") sets the unit of the rows below it.
    const [only] = filled;
    if (filled.length === 1 && only !== undefined && /^(don vi|dvt)\b/.test(fold(only))) {
      const captionUnit = parseUnitHeader(only);
      if (captionUnit !== undefined) {
        unit = captionUnit;
        if (lines.length === 0) planUnit = captionUnit;
        return;
      }
    }

    const readAmount = (column: Column, raw: Cell | undefined): StatedAmount | undefined => {
      if (raw === undefined || isBlank(raw)) return undefined;
      const result = safeParseAmount(typeof raw === 'number' ? raw : text(raw), {
        unit: column.unit ?? unit,
        ...(options.notation === undefined ? {} : { notation: options.notation }),
        path: [rowIndex, column.header],
        location: { ...position, column: column.header },
      });
      if (!result.ok) {
        findings.push(result.error);
        return undefined;
      }
      return {
        dong: result.value.amount.toString(),
        printed: result.value.text,
        precision: result.value.precision.toString(),
      };
    };

    // Amount in words: "Bằng chữ: Sáu tỷ đồng" anywhere in the row.
    const wordsCell = headers.map((h) => text(cells[h])).find((t) => fold(t).startsWith('bang chu'));
    if (wordsCell !== undefined) {
      const words = wordsCell.replace(/^\(?\s*bằng chữ\s*:?\s*/iu, '').replace(/\)\s*$/, '').trim();
      const last = statedTotals.findLast((t) => t.kind === 'grand');
      if (last !== undefined && last.amount.words === undefined) {
        statedTotals[statedTotals.indexOf(last)] = { ...last, amount: { ...last.amount, words } };
      } else {
        statedTotals.push({ kind: 'grand', amount: { words }, row: position.row });
      }
      return;
    }

    const number = cell(numberColumn);
    const name = cell(nameColumn);
    const isTotal = (number === '' && totalLabel.test(fold(name))) || totalLabel.test(fold(number));
    const yearOfRow = yearColumn === undefined ? undefined : parseYearRange(cell(yearColumn));
    if (isTotal) {
      const label = name === '' ? number : name;
      for (const column of amountColumns) {
        const amount = readAmount(column, cells[column.header]);
        if (amount === undefined) continue;
        const period = (column.role.kind === 'amount' ? column.role.period : undefined) ?? yearOfRow;
        statedTotals.push({
          kind: period === undefined ? 'grand' : 'column',
          ...(period === undefined ? {} : { period }),
          amount,
          label,
          ...(position.row === undefined ? {} : { row: position.row }),
        });
      }
      if (totalColumn !== undefined) {
        const amount = readAmount(totalColumn, cells[totalColumn.header]);
        if (amount !== undefined) {
          statedTotals.push({ kind: 'grand', amount, label, ...(position.row === undefined ? {} : { row: position.row }) });
        }
      }
      return;
    }

    const linePeriodText = cell(find('period'));
    const linePeriod = parseYearRange(linePeriodText) ?? options.period;
    const sourceText = cell(find('source'));
    const typeText = cell(find('type'));
    const phaseText = cell(find('phase'));
    const rowSource = sourceText === '' ? undefined : parseFundingSource(sourceText);
    const rowType = typeText === '' ? undefined : parseSpendingType(typeText);
    const rowPhase = phaseText === '' ? undefined : parsePhase(phaseText);
    const unknown = (what: string, value: string, column: Column | undefined): void => {
      findings.push(
        createFinding({
          ruleId: 'budget/unknown-value',
          severity: 'warning',
          message: {
            vi: `Không nhận ra ${what === 'source' ? 'nguồn vốn' : what === 'type' ? 'loại chi' : 'trạng thái'} "${value}"`,
            en: `Unknown ${what === 'source' ? 'funding source' : what === 'type' ? 'spending type' : 'phase'} "${value}"`,
          },
          path: [rowIndex, column?.header ?? what],
          location: { ...position, ...(column === undefined ? {} : { column: column.header }) },
          data: { value },
        }),
      );
    };
    if (sourceText !== '' && rowSource === undefined) unknown('source', sourceText, find('source'));
    if (typeText !== '' && rowType === undefined) unknown('type', typeText, find('type'));
    if (phaseText !== '' && rowPhase === undefined) unknown('phase', phaseText, find('phase'));

    const amounts: BudgetAmount[] = [];
    for (const column of amountColumns) {
      const amount = readAmount(column, cells[column.header]);
      if (amount?.dong === undefined) continue;
      const period = (column.role.kind === 'amount' ? column.role.period : undefined) ?? yearOfRow ?? linePeriod;
      if (period === undefined) {
        findings.push(
          createFinding({
            ruleId: 'budget/amount-period-missing',
            severity: 'error',
            message: {
              vi: `Không biết số tiền "${amount.printed ?? ''}" thuộc năm nào: cột "${column.header}" không ghi năm và dòng không có thời gian thực hiện`,
              en: `Cannot tell which year the amount "${amount.printed ?? ''}" is for: column "${column.header}" names no year and the line states no period`,
            },
            path: [rowIndex, column.header],
            location: { ...position, column: column.header },
          }),
        );
        continue;
      }
      const amountPhase = rowPhase ?? (column.phase !== undefined && column.phase !== phase ? column.phase : undefined);
      amounts.push({
        period,
        dong: amount.dong,
        ...(amount.printed === undefined ? {} : { printed: amount.printed }),
        ...(amount.precision === undefined ? {} : { precision: amount.precision }),
        ...(amountPhase === undefined ? {} : { phase: amountPhase }),
        ...(yearColumn !== undefined && rowSource !== undefined ? { source: rowSource } : {}),
        ...(yearColumn !== undefined && rowType !== undefined ? { spendingType: rowType } : {}),
      });
    }
    const statedTotal = totalColumn === undefined ? undefined : readAmount(totalColumn, cells[totalColumn.header]);

    // Long layout: later rows of the same line add amounts to it.
    const previous = lines.at(-1);
    if (yearColumn !== undefined && previous?.number === number && (name === '' || previous.name === name)) {
      lines[lines.length - 1] = {
        ...previous,
        amounts: [...previous.amounts, ...amounts],
        ...(previous.statedTotal === undefined && statedTotal !== undefined ? { statedTotal } : {}),
      };
      return;
    }
    const optional = (key: string, value: string): Record<string, string> => (value === '' ? {} : { [key]: value });
    const partners = cell(find('partners'))
      .split(/\s*[;\n]\s*/)
      .filter((p) => p !== '');
    lines.push({
      number,
      name,
      ...optional('objective', cell(find('objective'))),
      ...optional('period', linePeriodText),
      ...optional('leadAgency', cell(find('lead'))),
      ...(partners.length === 0 ? {} : { partnerAgencies: partners }),
      ...optional('content', cell(find('content'))),
      ...(yearColumn === undefined && rowSource !== undefined ? { source: rowSource } : {}),
      ...(yearColumn === undefined && rowType !== undefined ? { spendingType: rowType } : {}),
      amounts,
      ...(statedTotal === undefined ? {} : { statedTotal }),
      ...optional('note', cell(find('note'))),
      ...(position.row === undefined ? {} : { row: position.row }),
    });
  });

  const plan: BudgetPlan = {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.document === undefined ? {} : { document: options.document }),
    ...(options.period === undefined ? {} : { period: options.period }),
    unit: planUnit,
    phase,
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.spendingType === undefined ? {} : { spendingType: options.spendingType }),
    lines,
    statedTotals,
  };
  return { plan, findings };
}
