import { Amount, formatAmount, type NumberNotation, type ParsedAmount } from '@egov/budget';
import type { Finding, Result } from '@egov/core';
import type { StatedTotal } from '../model/roadmap-schema';
import { budgetSpan, type YearSpan } from './budget-span';
import { readBudgetAmount } from './read-budget-amount';
import { defineRule, type RuleReport } from './rule';
import { sameService, serviceRefs } from './service-refs';

/** Options of {@link budgetTotalMismatch}. */
export interface BudgetTotalMismatchOptions {
  /**
   * `printed` (default): a stated total matches when its lines add up to it within half a unit of its last
   * printed digit, a figure being as precise as the finest amount printed in the roadmap's budget ("8" in a
   * table that prints "0.8" means 8,0 tỷ; "6 tỷ" above lines printed to the đồng is checked to the đồng), as
   * `reconcilePlan` of `@egov/budget` does. `exact`: any difference is reported.
   */
  readonly tolerance: 'printed' | 'exact';
  /** Number notation of the amounts: `auto` (default), `vi` ("2,2") or `en` ("1.4"). */
  readonly notation: NumberNotation;
}

type BudgetTotal = Extract<StatedTotal, { kind: 'budget' }>;

const show = (dong: bigint): string => formatAmount(Amount.fromDong(dong));

/** Reports a finding of `@egov/budget` (an amount that cannot be read) under this rule. */
function unreadable(error: Finding, report: (report: RuleReport) => void, path: (string | number)[]): void {
  report({
    path,
    message: error.message,
    data: { reason: error.ruleId, ...error.data },
  });
}

/** How a line's years relate to a total's: inside, outside, or cutting across (the total cannot be checked). */
function relation(line: YearSpan | undefined, total: YearSpan | undefined): 'in' | 'out' | 'cut' {
  if (total === undefined) return 'in';
  if (line === undefined) return 'out';
  if (line.end < total.start || line.start > total.end) return 'out';
  return line.start >= total.start && line.end <= total.end ? 'in' : 'cut';
}

/**
 * `roadmap/budget-total-mismatch`: a budget total the document states (`stated_totals` of kind `budget`)
 * differs from the sum of the budget lines it covers. A total with a `year` or a `phase` covers the lines
 * whose years lie within it; a total with an `entry` or a `service` covers the lines of that service (a row
 * total of the budget table); a total with none of these (a grand total) covers every line. Amounts are read
 * as printed, in their unit, with `@egov/budget` ("2.200.000.000" đồng, "2,2" or "1.4" tỷ đồng); an amount
 * that cannot be read is reported at its place. A total whose years cut across a line's years ("2014" over a
 * line for 2013–2014) is not checked; a roadmap without budget lines has nothing to reconcile.
 *
 * @example
 * ```ts
 * budgetTotalMismatch.defaultOptions; // { tolerance: "printed", notation: "auto" }
 * ```
 */
export const budgetTotalMismatch = defineRule<BudgetTotalMismatchOptions>({
  id: 'roadmap/budget-total-mismatch',
  defaultSeverity: 'error',
  description: {
    vi: 'Tổng kinh phí nêu trong văn bản khác với tổng các dòng kinh phí; số tiền không đọc được',
    en: 'A stated budget total differs from the sum of its budget lines; an amount that cannot be read',
  },
  defaultOptions: { tolerance: 'printed', notation: 'auto' },
  check: ({ roadmap, services, options, report }) => {
    const lines = roadmap.budgets ?? [];
    if (lines.length === 0) return;
    const phases = roadmap.phases ?? [];
    const refs = serviceRefs(roadmap, services);
    let finest: bigint | undefined;
    const consider = (read: Result<ParsedAmount>): void => {
      if (!read.ok) return;
      const precision = read.value.precision.toBigInt();
      if (finest === undefined || precision < finest) finest = precision;
    };

    const amounts = lines.map((line, index) => {
      const path = ['budgets', index, 'amount'];
      const read = readBudgetAmount(line.amount, line.unit, { notation: options.notation, path });
      if (!read.ok) unreadable(read.error, report, path);
      consider(read);
      return read;
    });
    const lineSpans = lines.map((line) => {
      const span = budgetSpan(line, phases);
      return span === 'unknown-phase' ? undefined : span;
    });
    const lineRefs = lines.map((line) =>
      line.service === undefined && line.entry === undefined ? undefined : refs(line.service, line.entry),
    );

    const totals: { total: BudgetTotal; index: number; read: Result<ParsedAmount> }[] = [];
    (roadmap.stated_totals ?? []).forEach((total, index) => {
      if (total.kind !== 'budget') return;
      const path = ['stated_totals', index, 'value'];
      const read = readBudgetAmount(total.value, total.unit, { notation: options.notation, path });
      if (!read.ok) unreadable(read.error, report, path);
      consider(read);
      totals.push({ total, index, read });
    });

    for (const { total, index, read } of totals) {
      if (!read.ok) continue;
      const span = budgetSpan({ year: total.year, phase: total.phase }, phases);
      if (span === 'unknown-phase') {
        report({
          path: ['stated_totals', index, 'phase'],
          message: {
            vi: `Tổng kinh phí ghi cho giai đoạn "${String(total.phase)}" nhưng lộ trình không có giai đoạn này`,
            en: `The budget total is for phase "${String(total.phase)}", which the roadmap does not have`,
          },
          data: { phase: total.phase },
        });
        continue;
      }
      const totalRefs = total.service === undefined && total.entry === undefined ? undefined : refs(total.service, total.entry);
      let computed = 0n;
      let count = 0;
      let checkable = true;
      for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
        if (totalRefs !== undefined) {
          const own = lineRefs[lineIndex];
          if (own === undefined || !sameService(totalRefs, own)) continue;
        }
        const where = relation(lineSpans[lineIndex], span);
        if (where === 'out') continue;
        const amount = amounts[lineIndex];
        if (where === 'cut' || !amount?.ok) {
          checkable = false;
          break;
        }
        computed += amount.value.amount.toBigInt();
        count++;
      }
      if (!checkable) continue;
      const stated = read.value.amount.toBigInt();
      const own = read.value.precision.toBigInt();
      const precision = finest !== undefined && finest < own ? finest : own;
      const tolerance = options.tolerance === 'exact' ? 0n : precision / 2n;
      const difference = stated - computed;
      if ((difference < 0n ? -difference : difference) <= tolerance) continue;
      const scopeVi = [
        total.year === undefined ? '' : ` năm ${String(total.year)}`,
        total.phase === undefined ? '' : ` giai đoạn ${total.phase}`,
        total.service === undefined ? '' : ` của "${total.service}"`,
      ].join('');
      const scopeEn = [
        total.year === undefined ? '' : ` for ${String(total.year)}`,
        total.phase === undefined ? '' : ` for phase ${total.phase}`,
        total.service === undefined ? '' : ` of "${total.service}"`,
      ].join('');
      const printed = `${String(total.value)}${total.unit === undefined ? '' : ` ${total.unit}`}`;
      report({
        path: ['stated_totals', index, 'value'],
        message: {
          vi: `${total.what ?? 'Tổng kinh phí'}${scopeVi} ghi ${printed} (${show(stated)}) nhưng ${String(count)} dòng kinh phí cộng lại được ${show(computed)} (chênh lệch ${show(difference)})`,
          en: `The budget total${scopeEn} states ${printed} (${show(stated)}) but its ${String(count)} budget lines add up to ${show(computed)} (difference ${show(difference)})`,
        },
        data: {
          stated: stated.toString(),
          computed: computed.toString(),
          difference: difference.toString(),
          tolerance: tolerance.toString(),
          printed,
          lines: count,
        },
      });
    }
  },
});
