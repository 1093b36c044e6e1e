import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unwrap, type Finding } from '@egov/core';
import { readCsv, readYaml, type CellValue, type Table } from '@egov/io';
import { describe, expect, it } from 'vitest';
import { Amount } from '../amount/amount';
import { amountUnitNames, amountUnits, type AmountUnit } from '../amount/amount-unit';
import { reconcilePlan } from '../calc/reconcile-plan';
import { planTotal, totalsBy } from '../calc/totals-by';
import { formatAmount } from '../parse/format-amount';
import { safeParseAmount } from '../parse/parse-amount';
import { parseUnitHeader } from '../parse/parse-unit-header';
import { budgetPlanSchema, type BudgetPlan } from '../plan/budget-plan';
import type { Cell, PositionedRow, RowRecord } from '../plan/budget-row';
import { fromRows, type FromRowsOptions } from '../plan/from-rows';
import { parseFundingSource } from '../plan/funding-source';
import { parseSpendingType } from '../plan/spending-type';
import { amountToWords } from '../words/number-to-words';
import { safeWordsToAmount } from '../words/words-to-number';

/**
 * Golden tests on the budget figures of the examples (examples/README.md): the files are read as a user
 * would keep them (CSV through @egov/io, YAML), turned into plans by `fromRows`, and every number the
 * documents state is recomputed from the transcribed parts. Sources: 000 Lạng Sơn 200/KH-SKHĐT
 * (28/9/2018), 001 Bắc Giang 3701/KH-UBND (15/12/2015), 002 Thái Bình 818/QĐ-UBND (04/5/2013), 003 Hà
 * Giang 1653/QĐ-UBND (12/8/2013).
 */
const examplePath = (file: string): string => fileURLToPath(new URL(`../../../../examples/${file}`, import.meta.url));
const exampleText = (file: string): string => readFileSync(examplePath(file), 'utf8');

/** The CSV as @egov/io reads it; a read error fails the test with its findings. */
function table(file: string, text = exampleText(file)): Table {
  const result = readCsv(text, { file });
  if (!result.ok) throw new Error(`${file} does not read: ${JSON.stringify(result.findings)}`);
  expect(result.findings).toEqual([]);
  return result.value;
}

const cell = (value: CellValue | undefined): Cell =>
  value === undefined ? null : typeof value === 'string' || typeof value === 'number' ? value : String(value);

/** io's rows (values by column) as the records keyed by header, with their place in the file, that fromRows reads. */
function budgetRows(source: Table): PositionedRow[] {
  return source.rows.map((row) => ({
    cells: Object.fromEntries(source.headers.map((header, index) => [header, cell(row.values[index])])),
    position: { ...(source.file === undefined ? {} : { file: source.file }), row: row.row },
  }));
}

/** Reads a plan and requires zero error findings and a plan the schema accepts. */
function load(rows: readonly (RowRecord | PositionedRow)[], options: FromRowsOptions = {}): BudgetPlan {
  const { plan, findings } = fromRows(rows, options);
  expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  expect(budgetPlanSchema.safeParse(plan).success).toBe(true);
  return plan;
}

function yaml(file: string): Record<string, unknown> {
  const value = unwrap(readYaml(exampleText(file), { file }));
  if (typeof value !== 'object' || value === null) throw new Error(`${file} is not a mapping`);
  return value as Record<string, unknown>;
}

/** A value inside parsed YAML by keys and indexes; undefined when absent. */
function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** "tỷ đồng" / "đồng" as the examples write units, to the package's unit. */
function unitNamed(name: string): AmountUnit {
  const unit = amountUnits.find((candidate) => amountUnitNames[candidate] === name);
  if (unit === undefined) throw new Error(`unknown unit "${name}"`);
  return unit;
}

const dong = (printed: string, unit: AmountUnit): string => unwrap(safeParseAmount(printed, { unit })).amount.toString();
const byYear = (plan: BudgetPlan) => totalsBy(plan, 'year').map((group) => [group.key, group.total.toString()]);
const brief = (findings: readonly Finding[]) => findings.map((finding) => [finding.ruleId, finding.severity, finding.path, finding.data?.difference]);

describe('Lạng Sơn 200/KH-SKHĐT budget.csv (source 000): 4 tasks, no printed total', () => {
  const source = table('langson-2019-it-plan/budget.csv');
  const plan = load(budgetRows(source));
  const planYaml = yaml('langson-2019-it-plan/plan.yaml');

  it('loads with zero findings: 4 lines numbered 1–4, in đồng, proposed ("Dự kiến kinh phí"), rows 2–5 of the file', () => {
    expect(fromRows(budgetRows(source)).findings).toEqual([]);
    expect(plan.unit).toBe('dong');
    expect(plan.phase).toBe('proposed');
    expect(plan.lines.map((line) => [line.number, line.row, line.amounts.map((amount) => [amount.printed, amount.dong])])).toEqual([
      ['1', 2, [['35.000.000', '35000000']]],
      ['2', 3, [['15.000.000', '15000000']]],
      ['3', 4, [['12.000.000', '12000000']]],
      ['4', 5, [['150.000.000', '150000000']]],
    ]);
  });

  it('keeps the cells as printed: the empty "Mục tiêu, quy mô" of row 1, "401; 402" in a name, commas inside one partner', () => {
    expect(plan.lines[0]?.name).toBe('Trang bị máy chiếu tại phòng họp 401; 402');
    expect(plan.lines[0]?.objective).toBeUndefined();
    expect(plan.lines[1]?.objective).toBe('Bảo đảm hoạt động thường xuyên');
    expect(plan.lines[3]?.partnerAgencies).toEqual(['Các Sở, ban ngành, UBND huyện thành phố, Hiệp hội doanh nghiệp']);
    expect(new Set(plan.lines.map((line) => line.leadAgency))).toEqual(new Set(['Sở Kế hoạch và Đầu tư']));
  });

  it('35.000.000 + 15.000.000 + 12.000.000 + 150.000.000 = 212.000.000 đồng, all in 2019', () => {
    expect(byYear(plan)).toEqual([['2019', '212000000']]);
    expect(planTotal(plan).toString()).toBe('212000000');
    expect(formatAmount(planTotal(plan))).toBe('212.000.000 đồng');
    // Not printed by the document: the computed total's words, and that they read back.
    const words = amountToWords(planTotal(plan));
    expect(words).toBe('Hai trăm mười hai triệu đồng');
    expect(unwrap(safeWordsToAmount(words)).toString()).toBe('212000000');
  });

  it('reconciles to no finding: the document prints no total row and no words (plan.yaml stated_total: null)', () => {
    expect(plan.statedTotals).toEqual([]);
    expect(at(planYaml, 'budget', 'stated_total')).toBeNull();
    expect(reconcilePlan(plan)).toEqual([]);
    expect(reconcilePlan(plan, { tolerance: 'exact' })).toEqual([]);
  });

  it('plan.yaml points at this file, its amount column and its unit', () => {
    expect(at(planYaml, 'budget', 'file')).toBe('budget.csv');
    const column = str(at(planYaml, 'budget', 'column'));
    expect(source.headers).toContain(column);
    expect(parseUnitHeader(column)).toBe('dong');
    expect(unitNamed(str(at(planYaml, 'budget', 'unit')))).toBe(plan.unit);
  });

  it('a total row added to the same file would be checked to the đồng (the pipeline is live)', () => {
    const text = `${exampleText('langson-2019-it-plan/budget.csv')},Tổng cộng,,,,,,211.000.000\n`;
    const withTotal = load(budgetRows(table('langson-2019-it-plan/budget.csv', text)));
    expect(brief(reconcilePlan(withTotal))).toEqual([['budget/total-mismatch', 'error', '/statedTotals/0/amount', '-1000000']]);
    // The plan keeps the row of each total, not the file name: findings point at the row.
    expect(reconcilePlan(withTotal)[0]?.location).toEqual({ row: 6 });
  });
});

describe('Hà Giang 1653/QĐ-UBND budget.csv (source 003): 15 services, 2014 = 8, 2015 = 7.2, total 15.2 tỷ', () => {
  const roadmap = yaml('hagiang-2013-roadmap/roadmap.yaml');
  const tableEntry = list(at(roadmap, 'tables')).find((entry) => entry.file === 'budget.csv');
  const unit = unitNamed(str(tableEntry?.unit));
  const source = table('hagiang-2013-roadmap/budget.csv');
  const plan = load(budgetRows(source), { unit });
  const statedBudgets = list(at(roadmap, 'stated_totals')).filter((total) => total.kind === 'budget');
  const textTotal = statedBudgets.find((total) => total.phase === '2013-2015');
  const inWords = str(textTotal?.in_words);

  it('loads with zero findings, unit tỷ đồng from roadmap.yaml, pivoted 2014 | 2015 | Tổng kinh phí', () => {
    expect(unit).toBe('ty');
    expect(fromRows(budgetRows(source), { unit }).findings).toEqual([]);
    expect(plan.lines.map((line) => line.number)).toEqual(Array.from({ length: 15 }, (_, index) => String(index + 1)));
    expect(plan.lines.every((line) => line.amounts.map((amount) => amount.period.start).join() === '2014,2015')).toBe(true);
    expect(plan.lines.filter((line) => line.statedTotal !== undefined)).toHaveLength(15);
  });

  it('reads the dot as a decimal point, as the table prints it: "1.4" is 1,4 tỷ, not 14 tỷ', () => {
    expect(plan.lines[0]?.amounts[0]).toMatchObject({ printed: '1.4', dong: '1400000000', precision: '100000000' });
    expect(plan.lines[10]?.amounts[1]).toMatchObject({ printed: '1.7', dong: '1700000000' });
  });

  it('the total row (empty STT, row 17) states 8, 7.2 and 15.2 tỷ', () => {
    expect(plan.statedTotals.map((total) => [total.kind, total.period?.start, total.amount.printed, total.amount.dong, total.row])).toEqual([
      ['column', 2014, '8', '8000000000', 17],
      ['column', 2015, '7.2', '7200000000', 17],
      ['grand', undefined, '15.2', '15200000000', 17],
    ]);
  });

  it('totals by year equal the printed ones; every row total equals 2014 + 2015', () => {
    expect(byYear(plan)).toEqual([
      ['2014', '8000000000'],
      ['2015', '7200000000'],
    ]);
    expect(planTotal(plan).toString()).toBe('15200000000');
    for (const line of plan.lines) {
      expect(Amount.sum(line.amounts.map((amount) => Amount.fromDong(amount.dong))).toString(), line.name).toBe(line.statedTotal?.dong);
    }
  });

  it('reconcilePlan finds nothing, even to the exact đồng: the table adds up', () => {
    expect(reconcilePlan(plan)).toEqual([]);
    expect(reconcilePlan(plan, { tolerance: 'exact' })).toEqual([]);
  });

  it('agrees with the stated totals of roadmap.yaml (text total, column totals, 15 row totals)', () => {
    expect(statedBudgets).toHaveLength(19);
    const yearTotals = statedBudgets.filter((total) => total.year !== undefined).map((total) => [str(total.year), dong(str(total.value), unit)]);
    expect(yearTotals).toEqual(byYear(plan));
    expect(dong(str(textTotal?.value), unit)).toBe(planTotal(plan).toString());
    const rowTotals = statedBudgets.filter((total) => total.service !== undefined).map((total) => [str(total.service), dong(str(total.value), unit)]);
    expect(rowTotals).toEqual(plan.lines.map((line) => [line.name, line.statedTotal?.dong]));
  });

  it('the amount in words "Mười lăm tỷ hai trăm triệu đồng" reads back to the total, and the total reads as those words', () => {
    expect(inWords).toBe('Mười lăm tỷ hai trăm triệu đồng');
    expect(unwrap(safeWordsToAmount(inWords)).toString()).toBe('15200000000');
    expect(amountToWords(planTotal(plan))).toBe(inWords);
    expect(formatAmount(planTotal(plan), { style: 'compact' })).toBe('15,2 tỷ đồng');
  });

  it('with the words under the table ("Bằng chữ: …"), reconcilePlan still finds nothing; wrong words are caught', () => {
    const rows = budgetRows(source);
    const wordsRow = (words: string): RowRecord => ({ STT: null, 'Tên dịch vụ công triển khai': `Bằng chữ: ${words}` });
    const withWords = load([...rows, wordsRow(inWords)], { unit });
    expect(withWords.statedTotals.at(-1)?.amount).toMatchObject({ dong: '15200000000', words: inWords });
    expect(reconcilePlan(withWords, { tolerance: 'exact' })).toEqual([]);
    const wrong = load([...rows, wordsRow('Mười lăm tỷ đồng')], { unit });
    expect(brief(reconcilePlan(wrong)).map(([ruleId, , , difference]) => [ruleId, difference])).toEqual([['budget/words-mismatch', '-200000000']]);
  });

  it('the budgets of roadmap.yaml (long form, one item per service and year) give the same plan as budget.csv', () => {
    const rows = list(at(roadmap, 'budgets')).map((item): RowRecord => ({
      STT: /STT (\d+)$/.exec(str(item.source))?.[1] ?? '',
      'Tên dịch vụ công triển khai': str(item.service),
      Năm: str(item.year),
      'Kinh phí': str(item.amount),
    }));
    expect(rows).toHaveLength(30);
    const long = load(rows, { unit: unitNamed(str(list(at(roadmap, 'budgets'))[0]?.unit)) });
    expect(long.lines.map((line) => [line.number, line.name, line.amounts.map((amount) => [amount.period.start, amount.dong])])).toEqual(
      plan.lines.map((line) => [line.number, line.name, line.amounts.map((amount) => [amount.period.start, amount.dong])]),
    );
  });

  it('inconsistency 4: services 12, 13, 14 are budgeted entirely in 2014 (0.8 + 0.5 + 0.5 = 1.8 tỷ)', () => {
    const lines = plan.lines.filter((line) => ['12', '13', '14'].includes(line.number));
    const sumIn = (year: number) => Amount.sum(lines.flatMap((line) => line.amounts.filter((a) => a.period.start === year).map((a) => Amount.fromDong(a.dong))));
    expect(sumIn(2014).toString()).toBe('1800000000');
    expect(sumIn(2015).toString()).toBe('0');
  });

  it('a wrong printed column total in the same file is caught where it is (the pipeline is live)', () => {
    const text = exampleText('hagiang-2013-roadmap/budget.csv').replace(',Tổng kinh phí,8,7.2,15.2', ',Tổng kinh phí,8,7.3,15.2');
    const changed = load(budgetRows(table('hagiang-2013-roadmap/budget.csv', text)), { unit });
    const findings = reconcilePlan(changed);
    expect(brief(findings)).toEqual([['budget/total-mismatch', 'error', '/statedTotals/1/amount', '100000000']]);
    expect(findings[0]?.location).toEqual({ row: 17 });
    expect(findings[0]?.data).toMatchObject({ stated: '7300000000', computed: '7200000000' });
  });
});

describe('Thái Bình 818/QĐ-UBND roadmap.yaml budgets (source 002): 2.200.000.000 + 1.800.000.000 + 2.000.000.000 = 6 tỷ', () => {
  const roadmap = yaml('thaibinh-2013-roadmap/roadmap.yaml');
  const budgets = list(at(roadmap, 'budgets'));
  const stated = list(at(roadmap, 'stated_totals')).find((total) => total.kind === 'budget');
  const rows: RowRecord[] = [
    ...budgets.map((item) => ({
      TT: str(item.id),
      'Nhiệm vụ': str(item.purpose),
      'Thời gian thực hiện': `${str(item.from)} - ${str(item.to)}`,
      'Kinh phí dự kiến': `${str(item.amount)} ${str(item.unit)}`,
    })),
    { TT: null, 'Nhiệm vụ': str(stated?.what), 'Thời gian thực hiện': null, 'Kinh phí dự kiến': `${str(stated?.value)} ${str(stated?.unit)}` },
    { TT: null, 'Nhiệm vụ': `Bằng chữ: ${str(stated?.in_words)}`, 'Thời gian thực hiện': null, 'Kinh phí dự kiến': null },
  ];
  const plan = load(rows);

  it('loads with zero findings: three amounts over 2013–2014, 2015 and 2016–2020, and the stated total with its words', () => {
    expect(fromRows(rows).findings).toEqual([]);
    expect(byYear(plan)).toEqual([
      ['2013-2014', '2200000000'],
      ['2015', '1800000000'],
      ['2016-2020', '2000000000'],
    ]);
    expect(plan.statedTotals.map((total) => [total.kind, total.amount.printed, total.amount.dong, total.amount.words])).toEqual([
      ['grand', '6 tỷ đồng', '6000000000', 'Sáu tỷ đồng'],
    ]);
  });

  it('adds up to the stated 6 tỷ, "Sáu tỷ đồng", and reconcilePlan finds nothing', () => {
    expect(planTotal(plan).toString()).toBe('6000000000');
    expect(amountToWords(planTotal(plan))).toBe('Sáu tỷ đồng');
    expect(unwrap(safeWordsToAmount(str(stated?.in_words))).toString()).toBe('6000000000');
    expect(reconcilePlan(plan, { tolerance: 'exact' })).toEqual([]);
  });
});

describe('Bắc Giang 3701/KH-UBND plan.yaml (source 001): funding rules, no amounts', () => {
  const planYaml = yaml('bacgiang-2015-action-plan/plan.yaml');

  it('prints no amount anywhere: an empty plan, total 0, nothing to reconcile', () => {
    expect(at(planYaml, 'funding', 'amounts')).toEqual([]);
    const plan = load([]);
    expect(planTotal(plan).toString()).toBe('0');
    expect(reconcilePlan(plan)).toEqual([]);
  });

  it('its funding sources and spending types read as the package names them; "ngân sách nhà nước" is not guessed', () => {
    expect(list(at(planYaml, 'funding', 'rules')).map((rule) => parseFundingSource(str(rule.funding_source)))).toEqual([
      'provincial',
      'district',
      'central',
    ]);
    const bySpendingType = list(at(planYaml, 'funding', 'by_spending_type'));
    expect(bySpendingType.slice(0, 2).map((item) => [parseSpendingType(str(item.spending_type)), parseFundingSource(str(item.funding_source))])).toEqual([
      ['investment', 'provincial'],
      // Central or local state budget: the text does not say, and the package does not guess.
      ['recurrent', undefined],
    ]);
  });
});
