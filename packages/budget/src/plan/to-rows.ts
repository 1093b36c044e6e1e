import { Amount } from '../amount/amount';
import type { AmountUnit } from '../amount/amount-unit';
import { formatAmount } from '../parse/format-amount';
import type { BudgetPlan } from './budget-plan';
import type { Cell, RowRecord } from './budget-row';
import type { FundingSource } from './funding-source';
import type { Phase } from './phase';
import type { SpendingType } from './spending-type';
import { yearRangeLabel, type YearRange } from './year-range';

/** Options of {@link toRows}. */
export interface ToRowsOptions {
  /** Header language: `vi` (default) or `en`. Both are read back by `fromRows`. */
  readonly language?: 'vi' | 'en';
  /**
   * `pivot` (default): one column per year, as documents print tables (amounts of the same line and
   * year are added; per-amount phase, source and type are not shown); `long`: one row per line and
   * year with the amount's phase, source and type.
   */
  readonly layout?: 'pivot' | 'long';
  /** Unit of the amount cells; default: the plan's unit. */
  readonly unit?: AmountUnit;
  /** Notation of the amount cells; default `vi` ("1,4"). */
  readonly notation?: 'vi' | 'en';
}

const headers = {
  vi: {
    number: 'TT',
    name: 'Tên nhiệm vụ',
    objective: 'Mục tiêu',
    period: 'Thời gian thực hiện',
    lead: 'Đơn vị chủ trì',
    partners: 'Đơn vị phối hợp',
    content: 'Nội dung',
    source: 'Nguồn vốn',
    type: 'Loại chi',
    note: 'Ghi chú',
    year: 'Năm',
    amount: 'Kinh phí',
    phase: 'Trạng thái',
    total: 'Tổng kinh phí',
    grand: 'Tổng cộng',
    words: 'Bằng chữ',
  },
  en: {
    number: 'No',
    name: 'Name',
    objective: 'Objective',
    period: 'Period',
    lead: 'Lead agency',
    partners: 'Partner agencies',
    content: 'Content',
    source: 'Funding source',
    type: 'Spending type',
    note: 'Note',
    year: 'Year',
    amount: 'Amount',
    phase: 'Phase',
    total: 'Total',
    grand: 'Total',
    words: 'Bằng chữ',
  },
} as const;

const unitLabels = {
  vi: { dong: 'đồng', nghin: 'nghìn đồng', trieu: 'triệu đồng', ty: 'tỷ đồng' },
  en: { dong: 'VND', nghin: 'thousand VND', trieu: 'million VND', ty: 'billion VND' },
} as const;

const sourceLabels: Readonly<Record<FundingSource, string>> = {
  central: 'Ngân sách trung ương',
  provincial: 'Ngân sách tỉnh',
  district: 'Ngân sách huyện',
  oda: 'ODA',
  enterprise: 'Doanh nghiệp, xã hội hóa',
  other: 'Nguồn khác',
};

const typeLabels: Readonly<Record<SpendingType, string>> = {
  investment: 'Chi đầu tư phát triển',
  recurrent: 'Chi thường xuyên',
  'service-rental': 'Thuê dịch vụ',
};

const phaseLabels: Readonly<Record<Phase, string>> = {
  proposed: 'Dự kiến',
  approved: 'Được duyệt',
  adjusted: 'Điều chỉnh',
  executed: 'Đã thực hiện',
};

function sameRange(a: YearRange, b: YearRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Turns a plan into table rows (for `@egov/io` writers, CSV or spreadsheets) with Vietnamese or English
 * headers, in the pivoted layout of real documents (one column per year: "Năm 2014 (tỷ đồng)") or the
 * long layout (a "Năm" column). Amount cells are printed exactly in the plan's unit ("1,4"); stated
 * totals become a "Tổng cộng" row and words a "Bằng chữ: …" row. `fromRows` reads the result back.
 *
 * @param plan - The plan.
 * @param options - Language, layout, unit and notation.
 * @returns Rows keyed by header, in a stable column order.
 * @example
 * ```ts
 * toRows(plan003)[0]; // { TT: "1", "Tên nhiệm vụ": "Đăng ký kinh doanh", "Năm 2014 (tỷ đồng)": "1,4", … }
 * ```
 */
export function toRows(plan: BudgetPlan, options: ToRowsOptions = {}): RowRecord[] {
  const language = options.language ?? 'vi';
  const h = headers[language];
  const unit = options.unit ?? plan.unit;
  const unitLabel = unitLabels[language][unit];
  const print = (dong: string): string =>
    formatAmount(Amount.fromDong(dong), { unit, currency: false, notation: options.notation ?? 'vi' });
  const layout = options.layout ?? 'pivot';
  const has = (pick: (line: BudgetPlan['lines'][number]) => unknown): boolean =>
    plan.lines.some((line) => pick(line) !== undefined);
  const optionalColumns: [string, (line: BudgetPlan['lines'][number]) => string | undefined][] = [];
  if (has((l) => l.objective)) optionalColumns.push([h.objective, (l) => l.objective]);
  if (has((l) => l.period)) optionalColumns.push([h.period, (l) => l.period]);
  if (has((l) => l.leadAgency)) optionalColumns.push([h.lead, (l) => l.leadAgency]);
  if (has((l) => l.partnerAgencies)) optionalColumns.push([h.partners, (l) => l.partnerAgencies?.join('; ')]);
  if (has((l) => l.content)) optionalColumns.push([h.content, (l) => l.content]);
  const lineSources = layout === 'pivot' && has((l) => l.source);
  const lineTypes = layout === 'pivot' && has((l) => l.spendingType);
  const hasNotes = has((l) => l.note);
  const totalHeader = `${h.total} (${unitLabel})`;
  const hasTotals = has((l) => l.statedTotal?.dong) || plan.statedTotals.some((t) => t.kind === 'grand' && t.amount.dong !== undefined);

  const periods: YearRange[] = [];
  const addPeriod = (p: YearRange): void => {
    if (!periods.some((q) => sameRange(p, q))) periods.push(p);
  };
  for (const line of plan.lines) for (const a of line.amounts) addPeriod(a.period);
  for (const t of plan.statedTotals) if (t.period !== undefined) addPeriod(t.period);
  periods.sort((a, b) => a.start - b.start || a.end - b.end);
  const yearHeader = (p: YearRange): string => `${h.year} ${yearRangeLabel(p)} (${unitLabel})`;
  const amountHeader = `${h.amount} (${unitLabel})`;

  const base = (line: BudgetPlan['lines'][number]): Record<string, Cell> => {
    const row: Record<string, Cell> = { [h.number]: line.number, [h.name]: line.name };
    for (const [header, pick] of optionalColumns) row[header] = pick(line) ?? null;
    if (lineSources) row[h.source] = line.source === undefined ? null : sourceLabels[line.source];
    if (lineTypes) row[h.type] = line.spendingType === undefined ? null : typeLabels[line.spendingType];
    return row;
  };
  const blank = (row: Record<string, Cell>): Record<string, Cell> => {
    for (const [header] of optionalColumns) row[header] = null;
    if (lineSources) row[h.source] = null;
    if (lineTypes) row[h.type] = null;
    return row;
  };

  const rows: RowRecord[] = [];
  if (layout === 'pivot') {
    for (const line of plan.lines) {
      const row = base(line);
      for (const p of periods) {
        const amounts = line.amounts.filter((a) => sameRange(a.period, p));
        row[yearHeader(p)] =
          amounts.length === 0 ? null : print(Amount.sum(amounts.map((a) => Amount.fromDong(a.dong))).toString());
      }
      if (hasTotals) row[totalHeader] = line.statedTotal?.dong === undefined ? null : print(line.statedTotal.dong);
      if (hasNotes) row[h.note] = line.note ?? null;
      rows.push(row);
    }
    const columns = plan.statedTotals.filter((t) => t.kind === 'column' && t.amount.dong !== undefined);
    const grand = plan.statedTotals.find((t) => t.kind === 'grand' && t.amount.dong !== undefined);
    if (columns.length > 0 || grand !== undefined) {
      const row = blank({ [h.number]: null, [h.name]: grand?.label ?? columns[0]?.label ?? h.grand });
      for (const p of periods) {
        const t = columns.find((c) => c.period !== undefined && sameRange(c.period, p));
        row[yearHeader(p)] = t?.amount.dong === undefined ? null : print(t.amount.dong);
      }
      if (hasTotals) row[totalHeader] = grand?.amount.dong === undefined ? null : print(grand.amount.dong);
      if (hasNotes) row[h.note] = null;
      rows.push(row);
    }
  } else {
    const hasPhase = plan.lines.some((l) => l.amounts.some((a) => a.phase !== undefined));
    for (const line of plan.lines) {
      const amounts = line.amounts.length === 0 ? [undefined] : line.amounts;
      amounts.forEach((a, index) => {
        const row = base(line);
        row[h.year] = a === undefined ? null : yearRangeLabel(a.period);
        row[amountHeader] = a === undefined ? null : print(a.dong);
        if (hasPhase) row[h.phase] = a?.phase === undefined ? null : phaseLabels[a.phase];
        const source = a?.source ?? (index === 0 ? line.source : undefined);
        const type = a?.spendingType ?? (index === 0 ? line.spendingType : undefined);
        row[h.source] = source === undefined ? null : sourceLabels[source];
        row[h.type] = type === undefined ? null : typeLabels[type];
        if (hasTotals) row[totalHeader] = index === 0 && line.statedTotal?.dong !== undefined ? print(line.statedTotal.dong) : null;
        if (hasNotes) row[h.note] = index === 0 ? (line.note ?? null) : null;
        rows.push(row);
      });
    }
    for (const t of plan.statedTotals) {
      if (t.amount.dong === undefined) continue;
      const row = blank({ [h.number]: null, [h.name]: t.label ?? h.grand });
      row[h.year] = t.period === undefined ? null : yearRangeLabel(t.period);
      row[amountHeader] = t.kind === 'column' || !hasTotals ? print(t.amount.dong) : null;
      if (hasTotals) row[totalHeader] = t.kind === 'grand' ? print(t.amount.dong) : null;
      rows.push(row);
    }
  }
  for (const t of plan.statedTotals) {
    if (t.kind === 'grand' && t.amount.words !== undefined) {
      rows.push({ [h.number]: null, [h.name]: `${h.words}: ${t.amount.words}` });
    }
  }
  return rows;
}
