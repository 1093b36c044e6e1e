import { createFinding, detectNotation, headerKey, parseTotalLabel, type Finding, type SourceLocation } from '@egov/core';
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
  /**
   * Number notation of the cells: `vi` ("1.234,5"), `en` ("1,234.5"), or `auto` (default): detected once
   * per column from the cells that read only one way; a column that cannot tell ("15.200" only) is one
   * `budget/notation-ambiguous` finding and its ambiguous cells are left out.
   */
  readonly notation?: NumberNotation;
  /**
   * Lines written above the table (its title, "Đơn vị tính: triệu đồng"), as `@egov/io` gives them in
   * `table.preamble`: a unit stated there applies to columns whose header states none.
   */
  readonly captions?: readonly string[];
  /**
   * The user's column mapping, applied before the header rules: a column kind (`name`, `content`,
   * `number`, `total`, `amount`, `lead`, `partners`, `source`, `type`, `note`, `year`, `period`, …) → the
   * header that holds it, e.g. `{ name: 'Nội dung' }` (`--columns name="Nội dung"` in the CLI).
   */
  readonly columns?: Readonly<Record<string, string>>;
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

// With no line number, any label beginning with Tổng/Cộng is a total ("Tổng kinh phí dự kiến cho …").
const totalLabel = /^(tong|cong|total|grand total|sum)\b/;

const mappableKinds = ['number', 'name', 'objective', 'period', 'lead', 'partners', 'content', 'source', 'type', 'phase', 'note', 'year', 'total', 'amount'] as const;

/** The role a user's mapping gives a header: its kind, and for `amount` the year(s) the header names. */
function mappedRole(kind: string, header: string | undefined): ColumnRole | undefined {
  const wanted = mappableKinds.find((candidate) => candidate === kind.trim().toLowerCase());
  if (wanted === undefined) return undefined;
  if (wanted === 'amount') {
    const own = header === undefined ? undefined : columnRole(header);
    return { kind: 'amount', period: own?.kind === 'amount' ? own.period : header === undefined ? undefined : parseYearRange(header) };
  }
  return { kind: wanted };
}

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
  const mapped = new Map<string, ColumnRole>();
  for (const [kind, wanted] of Object.entries(options.columns ?? {})) {
    const header = headers.find((candidate) => candidate === wanted) ?? headers.find((candidate) => headerKey(candidate) === headerKey(wanted));
    const role = mappedRole(kind, header);
    if (header === undefined || role === undefined) {
      findings.push(
        createFinding({
          ruleId: 'budget/column-mapping',
          severity: 'error',
          message:
            role === undefined
              ? { vi: `Ánh xạ cột ${kind}="${wanted}": không có loại cột "${kind}" (các loại: ${mappableKinds.join(', ')})`, en: `Column mapping ${kind}="${wanted}": there is no column kind "${kind}" (kinds: ${mappableKinds.join(', ')})` }
              : { vi: `Ánh xạ cột ${kind}="${wanted}": bảng không có tiêu đề "${wanted}" (các tiêu đề: ${headers.join(', ')})`, en: `Column mapping ${kind}="${wanted}": the table has no header "${wanted}" (headers: ${headers.join(', ')})` },
          path: '',
          ...(options.file === undefined ? {} : { location: { file: options.file } }),
          data: { column: kind, header: wanted },
        }),
      );
      continue;
    }
    mapped.set(header, role);
  }
  const mappedKinds = new Set([...mapped.values()].map((role) => role.kind));
  const columns: Column[] = headers.map((header) => {
    const own = columnRole(header);
    // A kind the user mapped elsewhere is not also taken from the header rules (amounts may be many).
    const role = mapped.get(header) ?? (own.kind !== 'amount' && mappedKinds.has(own.kind) ? { kind: 'unknown' as const } : own);
    return { header, role, unit: parseUnitHeader(header), phase: parsePhase(header) };
  });
  const find = (kind: ColumnRole['kind']): Column | undefined => columns.find((c) => c.role.kind === kind);
  const amountColumns = columns.filter((c) => c.role.kind === 'amount');
  const totalColumn = find('total');
  const captionUnit = (options.captions ?? []).map(parseUnitHeader).find((found) => found !== undefined);
  const statedUnit = options.unit ?? captionUnit ?? amountColumns.find((c) => c.unit !== undefined)?.unit ?? totalColumn?.unit;
  // No unit stated anywhere: amounts are read as đồng, and each amount column says so once (below).
  let unit: AmountUnit = statedUnit ?? 'dong';
  let unitStated = statedUnit !== undefined;
  let planUnit = unit;
  const unitless = new Map<string, { rows: number[]; first: SourceLocation }>();
  const ambiguousCells = new Map<string, { rows: number[]; first: SourceLocation; example: string }>();
  const phase = options.phase ?? amountColumns.find((c) => c.phase !== undefined)?.phase ?? 'proposed';
  const numberColumn = find('number');
  const nameColumn = find('name');
  // A table without a name column ("STT | Nội dung | Kinh phí") is keyed by its content column.
  const keyColumn = nameColumn ?? find('content');
  const yearColumn = find('year');
  // Notation: stated, or detected once per amount column from the cells that read only one way.
  const notationOf = new Map<string, NumberNotation>();
  for (const column of [...amountColumns, ...(totalColumn === undefined ? [] : [totalColumn])]) {
    if (options.notation !== undefined && options.notation !== 'auto') {
      notationOf.set(column.header, options.notation);
      continue;
    }
    const texts = rows.flatMap((row) => {
      const value = (isPositionedRow(row) ? row.cells : row)[column.header];
      return typeof value === 'string' && value.trim() !== '' ? [value.trim()] : [];
    });
    const evidence = detectNotation(texts);
    notationOf.set(column.header, evidence.notation ?? 'auto');
  }

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
        unitStated = true;
        return;
      }
    }

    const readAmount = (column: Column, raw: Cell | undefined): StatedAmount | undefined => {
      if (raw === undefined || isBlank(raw)) return undefined;
      const notation = notationOf.get(column.header) ?? options.notation;
      const result = safeParseAmount(typeof raw === 'number' ? raw : text(raw), {
        unit: column.unit ?? unit,
        ...(notation === undefined ? {} : { notation }),
        path: [rowIndex, column.header],
        location: { ...position, column: column.header },
      });
      if (!result.ok) {
        if (result.error.ruleId === 'budget/amount-ambiguous') {
          // Reported once for the column, below: the notation is the column's, not the cell's.
          const entry = ambiguousCells.get(column.header) ?? { rows: [], first: { ...position, column: column.header }, example: text(raw) };
          if (position.row !== undefined) entry.rows.push(position.row);
          ambiguousCells.set(column.header, entry);
          return undefined;
        }
        findings.push(result.error);
        return undefined;
      }
      if (column.unit === undefined && !unitStated && result.value.unitSource !== 'text') {
        const entry = unitless.get(column.header) ?? { rows: [], first: { ...position, column: column.header } };
        if (position.row !== undefined) entry.rows.push(position.row);
        unitless.set(column.header, entry);
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
    const name = cell(keyColumn);
    const hasAmount = [...amountColumns, ...(totalColumn === undefined ? [] : [totalColumn])].some((column) => !isBlank(cells[column.header]));
    // A total row: "Tổng cộng", "Cộng", "Tổng số" in the key or number cell, or amounts with both empty.
    const isTotal =
      (number === '' && (totalLabel.test(fold(name)) || parseTotalLabel(name) !== undefined)) ||
      parseTotalLabel(number) !== undefined ||
      (number === '' && name === '' && hasAmount && yearColumn === undefined);
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
      ...optional('content', nameColumn === undefined ? '' : cell(find('content'))),
      ...(yearColumn === undefined && rowSource !== undefined ? { source: rowSource } : {}),
      ...(yearColumn === undefined && rowType !== undefined ? { spendingType: rowType } : {}),
      amounts,
      ...(statedTotal === undefined ? {} : { statedTotal }),
      ...optional('note', cell(find('note'))),
      ...(position.row === undefined ? {} : { row: position.row }),
    });
  });

  for (const [header, { rows: at, first }] of unitless) {
    findings.push(
      createFinding({
        ruleId: 'budget/unit-missing',
        severity: 'warning',
        message: {
          vi: `Không rõ đơn vị của cột "${header}": tiêu đề, dòng "Đơn vị tính" phía trên bảng và tài liệu kèm theo đều không ghi; ${at.length} số tiền được đọc tạm là đồng. Hãy ghi đơn vị (ví dụ --unit "triệu đồng", hoặc dòng "Đơn vị tính: triệu đồng")`,
          en: `The unit of column "${header}" is not stated (not in its header, a "Đơn vị tính" line above the table, nor a companion document); ${at.length} amounts are read as đồng for now. State the unit (e.g. --unit "triệu đồng", or a line "Đơn vị tính: triệu đồng")`,
        },
        path: [],
        location: first,
        data: { column: header, rows: at.slice(0, 100), count: at.length },
      }),
    );
  }
  for (const [header, { rows: at, first, example }] of ambiguousCells) {
    findings.push(
      createFinding({
        ruleId: 'budget/notation-ambiguous',
        severity: 'error',
        message: {
          vi: `Cột "${header}": không biết cách ghi số (ví dụ "${example}" có thể là số nguyên có dấu chấm phân cách hàng nghìn hoặc số thập phân); ${at.length} ô bị bỏ qua (dòng ${at.slice(0, 10).join(', ')}). Hãy chỉ rõ: --notation vi ("1.234,5") hoặc --notation en ("1,234.5")`,
          en: `Column "${header}": the number notation cannot be told (e.g. "${example}" may be a whole number with a thousands dot or a decimal); ${at.length} cells left out (rows ${at.slice(0, 10).join(', ')}). Say which: --notation vi ("1.234,5") or --notation en ("1,234.5")`,
        },
        path: [],
        location: first,
        data: { column: header, rows: at.slice(0, 100), count: at.length, example },
      }),
    );
  }
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
