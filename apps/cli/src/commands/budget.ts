import { tableReading, type TableReading, type TableReadingOptions } from '../files/table-reading';
import { looksLikeBudgetTable } from '@egov/budget';
import { maxOf, hasErrors, severityLabel, sortFindings, type Finding } from '@egov/core';
import {
  Amount,
  amountToWords,
  amountUnitNames,
  budgetPlanSchema,
  formatAmount,
  planTotal,
  reconcilePlan,
  safeParseAmount,
  safeWordsToAmount,
  totalsBy,
  yearRangeLabel,
  type AmountUnit,
  type BudgetPlan,
  type NumberNotation,
  type TotalDimension,
  type WordsOptions,
} from '@egov/budget';
import { budgetFromTable, parseUnitOption, reconcileTable } from '../files/budget-table';
import { companionUnit } from '../files/companion-unit';
import { readInput } from '../files/read-input';
import { UsageError, type CommandContext } from '../context';
import { formatFindingsReport } from '../output/print-findings';
import { formatTable } from '../output/format-table';
import { printInputFindings, writeSarif } from '../output/sarif';
import { budgetKeyNames } from '../output/budget-key-names';

/** Options of `egov budget words`: the spelling variants `@egov/budget` supports. */
export interface BudgetWordsOptions {
  /** "lẻ" instead of "linh" for a zero tens digit. */
  readonly le?: boolean;
  /** "ngàn" instead of "nghìn". */
  readonly ngan?: boolean;
  /** "tỉ" instead of "tỷ". */
  readonly ti?: boolean;
  /** "bốn" instead of "tư" after "mươi". */
  readonly bon?: boolean;
  /** `false` with `--no-dong`: no "đồng" at the end. */
  readonly dong?: boolean;
  /** Append "chẵn". */
  readonly chan?: boolean;
  /** Unit of a bare number ("15,2" with `--unit tỷ`). */
  readonly unit?: string;
}

/** Options of `egov budget parse`. */
export interface BudgetParseOptions {
  readonly unit?: string;
  readonly notation?: string;
}

/** Options of `egov budget summary` and `egov budget reconcile`. */
export interface BudgetFileOptions extends TableReadingOptions {
  /** Unit of a table whose headers do not state it. */
  readonly unit?: string;
  /** `exact`: any difference is an error (reconcile only). */
  readonly exact?: boolean;
}

function unitOption(text: string | undefined): AmountUnit | undefined {
  if (text === undefined) return undefined;
  const unit = parseUnitOption(text);
  if (unit === undefined) throw new UsageError(`unknown --unit "${text}"; use đồng, nghìn, triệu or tỷ`);
  return unit;
}

function notationOption(text: string | undefined): NumberNotation | undefined {
  if (text === undefined) return undefined;
  if (text !== 'vi' && text !== 'en' && text !== 'auto') throw new UsageError(`--notation must be vi, en or auto, found "${text}"`);
  return text;
}

/** Findings about a text the user typed (no file): one line each, severity, message, rule id. */
function printTextFindings(context: CommandContext, input: string, findings: readonly Finding[]): void {
  // An amount that cannot be read is the result of `budget words | parse`: with --json it is JSON too.
  if (context.format !== 'text') {
    context.io.stdout(JSON.stringify({ input, findings }, null, 2) + '\n');
    return;
  }
  for (const finding of findings) {
    const label = context.style.severity(finding.severity, severityLabel(finding.severity, context.lang));
    context.io.stdout(`${label}: ${finding.message[context.lang]}  ${context.style.dim(finding.ruleId)}\n`);
  }
}

/**
 * `egov budget words <amount>`: an amount in words as official documents print it ("15200000000" or
 * "15,2 tỷ" → "Mười lăm tỷ hai trăm triệu đồng"), with the regional spelling variants as options; words
 * are read back to the amount ("Sáu tỷ đồng" → 6.000.000.000 đồng).
 *
 * @returns 0, or 1 when the amount or the words cannot be read (the finding is printed).
 * @throws {UsageError} for an unknown `--unit`.
 * @example
 * ```ts
 * await budgetWordsCommand(context, '6.000.000.000', {}); // prints "Sáu tỷ đồng"
 * ```
 */
export function budgetWordsCommand(context: CommandContext, text: string, options: BudgetWordsOptions): number {
  const unit = unitOption(options.unit);
  if (!/\d/.test(text)) {
    const amount = safeWordsToAmount(text);
    if (!amount.ok) {
      printTextFindings(context, text, [amount.error]);
      return 1;
    }
    if (context.format !== 'text') context.io.stdout(JSON.stringify({ words: text, dong: amount.value.toString() }, null, 2) + '\n');
    else context.io.stdout(`${formatAmount(amount.value)}\n`);
    return 0;
  }
  const parsed = safeParseAmount(text, unit === undefined ? {} : { unit });
  if (!parsed.ok) {
    printTextFindings(context, text, [parsed.error]);
    return 1;
  }
  const wordsOptions: WordsOptions = {
    ...(options.le === true ? { zeroTens: 'lẻ' } : {}),
    ...(options.ngan === true ? { thousand: 'ngàn' } : {}),
    ...(options.ti === true ? { billion: 'tỉ' } : {}),
    ...(options.bon === true ? { fourAfterTens: 'bốn' } : {}),
    ...(options.dong === false ? { currency: false } : {}),
    ...(options.chan === true ? { even: true } : {}),
  };
  const words = amountToWords(parsed.value.amount, wordsOptions);
  if (context.format !== 'text') {
    context.io.stdout(JSON.stringify({ input: text, dong: parsed.value.amount.toString(), words }, null, 2) + '\n');
  } else {
    context.io.stdout(`${words}\n`);
  }
  return 0;
}

/**
 * `egov budget parse <text>`: reads an amount as a document prints it and shows the exact đồng, the
 * unit and where it came from, and the printed precision. An ambiguous figure ("15.200" in tỷ) is a
 * finding with both readings, never a guess.
 *
 * @returns 0, or 1 when the text cannot be read unambiguously.
 * @throws {UsageError} for an unknown `--unit` or `--notation`.
 * @example
 * ```ts
 * await budgetParseCommand(context, '15,2 tỷ', {}); // 15.200.000.000 đồng, precision 100.000.000 đồng
 * ```
 */
export function budgetParseCommand(context: CommandContext, text: string, options: BudgetParseOptions): number {
  const unit = unitOption(options.unit);
  const notation = notationOption(options.notation);
  const parsed = safeParseAmount(text, { ...(unit === undefined ? {} : { unit }), ...(notation === undefined ? {} : { notation }) });
  if (!parsed.ok) {
    printTextFindings(context, text, [parsed.error]);
    return 1;
  }
  const value = parsed.value;
  if (context.format !== 'text') {
    context.io.stdout(
      JSON.stringify(
        {
          input: text,
          dong: value.amount.toString(),
          unit: value.unit,
          unitSource: value.unitSource,
          value: value.value,
          decimals: value.decimals,
          precision: value.precision.toString(),
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const vi = context.lang === 'vi';
  const source = {
    text: vi ? 'ghi trong số' : 'written with the number',
    context: vi ? 'theo --unit' : 'from --unit',
    default: vi ? 'mặc định' : 'default',
  }[value.unitSource];
  const rows: [string, string][] = [
    [vi ? 'Số tiền' : 'Amount', formatAmount(value.amount)],
    [vi ? 'Đơn vị' : 'Unit', `${amountUnitNames[value.unit]} (${source})`],
    [vi ? 'Độ chính xác' : 'Precision', `${formatAmount(value.precision)} (${vi ? 'một đơn vị của chữ số cuối' : 'one unit of the last printed digit'})`],
    [vi ? 'Bằng chữ' : 'In words', amountToWords(value.amount)],
  ];
  const width = maxOf(rows.map(([label]) => label.length), 0);
  context.say(context.style.bold(value.text));
  for (const [label, shown] of rows) context.say(`  ${label.padEnd(width)}  ${shown}`);
  return 0;
}

type LoadedPlan =
  | { readonly ok: true; readonly plan: BudgetPlan; readonly findings: readonly Finding[]; readonly reconcile: () => Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };

async function loadPlan(file: string, unit: AmountUnit | undefined, exact: boolean, reading: TableReading = {}): Promise<LoadedPlan> {
  const input = await readInput(file);
  if (input.format === 'unreadable') return { ok: false, findings: input.findings };
  if (input.format === 'table') {
    if (!looksLikeBudgetTable(input.table.headers)) {
      throw new UsageError(
        `${file} is not a budget table: no amount column ("Kinh phí", "Tổng kinh phí", a year such as "2014"); found ${input.table.headers.map((h) => `"${h}"`).join(', ')}`,
      );
    }
    const stated = unit === undefined ? await companionUnit(file) : undefined;
    const tableUnit = unit ?? (stated === undefined ? undefined : parseUnitOption(stated));
    const { table } = input;
    const { plan, findings } = budgetFromTable(table, file, tableUnit, reading);
    return {
      ok: true,
      plan,
      findings: [...input.findings, ...findings],
      reconcile: () => reconcileTable(table, file, plan, exact ? { tolerance: 'exact' } : {}),
    };
  }
  const result = budgetPlanSchema.safeParse(input.data);
  if (!result.success) {
    throw new UsageError(`${file} is not a budget plan: ${result.error.issues.map((issue) => `${issue.path.join('/')}: ${issue.message}`).slice(0, 3).join('; ')}`);
  }
  const plan = result.data;
  return {
    ok: true,
    plan,
    findings: input.findings,
    reconcile: () => reconcilePlan(plan, exact ? { tolerance: 'exact' } : {}).map((f) => ({ ...f, location: { ...f.location, file } })),
  };
}

function keyLabel(key: string, context: CommandContext): string {
  if (key === '') return context.lang === 'vi' ? '(không ghi)' : '(not stated)';
  return budgetKeyNames[key]?.[context.lang] ?? key;
}

/**
 * `egov budget summary <file>`: totals of a budget plan (CSV/XLSX table or YAML/JSON plan) by year,
 * funding source and spending type, exact to the đồng.
 *
 * @returns 0, 1 when reading found errors, 2 when the file cannot be read.
 * @throws {UsageError} when the file is not a budget table or plan, or `--unit` is unknown.
 * @example
 * ```ts
 * await budgetSummaryCommand(context, 'examples/hagiang-2013-roadmap/budget.csv', {});
 * ```
 */
export async function budgetSummaryCommand(context: CommandContext, file: string, options: BudgetFileOptions): Promise<number> {
  const loaded = await loadPlan(file, unitOption(options.unit), false, tableReading(options));
  if (!loaded.ok) {
    printInputFindings(context, [{ file, findings: loaded.findings }], 2);
    return 2;
  }
  const { plan } = loaded;
  const findings = sortFindings(loaded.findings);
  const total = planTotal(plan);
  const dimensions: TotalDimension[] = ['year', 'source', 'type'];
  const totals = Object.fromEntries(dimensions.map((dimension) => [dimension, totalsBy(plan, dimension)]));
  if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], hasErrors(findings) ? 1 : 0);
  if (context.format !== 'text') {
    const plain = (groups: ReturnType<typeof totalsBy>) => groups.map((g) => ({ key: g.key, dong: g.total.toString(), count: g.count }));
    context.io.stdout(
      JSON.stringify(
        {
          file,
          unit: plan.unit,
          lines: plan.lines.length,
          total: total.toString(),
          byYear: plain(totals.year ?? []),
          bySource: plain(totals.source ?? []),
          byType: plain(totals.type ?? []),
          findings,
        },
        null,
        2,
      ) + '\n',
    );
    return hasErrors(findings) ? 1 : 0;
  }
  const vi = context.lang === 'vi';
  context.say(context.style.bold(file) + context.style.dim(` (${vi ? 'đơn vị' : 'unit'}: ${amountUnitNames[plan.unit]})`));
  context.say(
    `${vi ? 'Tổng cộng' : 'Total'}: ${formatAmount(total)} (${formatAmount(total, { style: 'compact' })}), ${String(plan.lines.length)} ${vi ? 'dòng' : 'lines'}`,
  );
  const titles: Record<string, { vi: string; en: string }> = {
    year: { vi: 'Năm', en: 'Year' },
    source: { vi: 'Nguồn vốn', en: 'Funding source' },
    type: { vi: 'Loại chi', en: 'Spending type' },
  };
  for (const dimension of dimensions) {
    const groups = totals[dimension] ?? [];
    // A dimension the table does not state at all says nothing: skip it.
    if (groups.every((group) => group.key === '')) continue;
    const title = titles[dimension] ?? { vi: dimension, en: dimension };
    const header = [title[context.lang], vi ? 'Số khoản' : 'Amounts', vi ? 'Kinh phí (đồng)' : 'Amount (đồng)', vi ? 'Rút gọn' : 'Compact'];
    const rows = groups.map((group) => [
      dimension === 'year' ? group.key : keyLabel(group.key, context),
      String(group.count),
      formatAmount(group.total, { currency: false }),
      formatAmount(group.total, { style: 'compact' }),
    ]);
    context.say('');
    context.say(formatTable(header, rows));
  }
  if (findings.length > 0) {
    context.say('');
    context.io.stdout(formatFindingsReport([{ file, findings }], context.lang, context.style));
  }
  return hasErrors(findings) ? 1 : 0;
}

/**
 * `egov budget reconcile <file>`: checks every stated total (row, column, grand, in words) against its
 * parts, shows the stated and computed totals side by side, and prints the findings with the user's
 * row and column.
 *
 * @returns 0 clean, 1 when a total does not add up (or a cell cannot be read), 2 when the file cannot be read.
 * @throws {UsageError} when the file is not a budget table or plan, or `--unit` is unknown.
 * @example
 * ```ts
 * await budgetReconcileCommand(context, 'examples/hagiang-2013-roadmap/budget.csv', {}); // 0
 * ```
 */
export async function budgetReconcileCommand(context: CommandContext, file: string, options: BudgetFileOptions): Promise<number> {
  const loaded = await loadPlan(file, unitOption(options.unit), options.exact === true, tableReading(options));
  if (!loaded.ok) {
    printInputFindings(context, [{ file, findings: loaded.findings }], 2);
    return 2;
  }
  const { plan } = loaded;
  const findings = sortFindings([...loaded.findings, ...loaded.reconcile()]);
  const total = planTotal(plan);
  // One sum per distinct period, phase and source, not one per stated total: a table whose total row is
  // repeated thousands of times would otherwise cost (stated totals × entries), quadratic in its rows.
  const sums = new Map<string, ReturnType<typeof planTotal>>();
  const stated = plan.statedTotals.map((statedTotal) => {
    const period = statedTotal.kind === 'column' ? statedTotal.period : undefined;
    const key = JSON.stringify([period?.start, period?.end, statedTotal.phase, statedTotal.source]);
    let computed = sums.get(key);
    if (computed === undefined) {
      computed = planTotal(plan, {
        ...(period === undefined ? {} : { period }),
        ...(statedTotal.phase === undefined ? {} : { phase: statedTotal.phase }),
        ...(statedTotal.source === undefined ? {} : { source: statedTotal.source }),
      });
      sums.set(key, computed);
    }
    return {
      label: statedTotal.label ?? '',
      column: period === undefined ? '' : yearRangeLabel(period),
      row: statedTotal.row,
      stated: statedTotal.amount.dong,
      printed: statedTotal.amount.printed,
      words: statedTotal.amount.words,
      computed: computed.toString(),
    };
  });
  if (context.format === 'json') {
    context.io.stdout(JSON.stringify({ file, unit: plan.unit, total: total.toString(), statedTotals: stated, findings }, null, 2) + '\n');
    return hasErrors(findings) ? 1 : 0;
  }
  if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], hasErrors(findings) ? 1 : 0);
  const vi = context.lang === 'vi';
  const show = (dong: string | undefined): string => (dong === undefined ? '—' : formatAmount(Amount.fromDong(dong), { style: 'compact' }));
  if (!context.quiet) {
    if (stated.length === 0) {
      context.say(
        vi
          ? `Bảng không ghi tổng; cộng các khoản được ${formatAmount(total)}.`
          : `The table states no total; its amounts add up to ${formatAmount(total)}.`,
      );
    } else {
      const header = [vi ? 'Dòng' : 'Row', vi ? 'Tổng' : 'Total', vi ? 'Cột' : 'Column', vi ? 'Ghi' : 'Stated', vi ? 'Cộng lại' : 'Computed'];
      const rows = stated.map((s) => [
        s.row === undefined ? '' : String(s.row),
        s.label,
        s.column === '' ? (vi ? 'toàn bộ' : 'all') : s.column,
        s.stated === undefined ? (s.words ?? '—') : show(s.stated),
        show(s.computed),
      ]);
      context.say(formatTable(header, rows));
    }
    context.say('');
  }
  const shown = context.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  context.io.stdout(formatFindingsReport([{ file, kind: vi ? 'bảng kinh phí' : 'budget table', findings: shown }], context.lang, context.style));
  return hasErrors(findings) ? 1 : 0;
}
