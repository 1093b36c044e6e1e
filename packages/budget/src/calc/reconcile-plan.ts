import { createFinding, type Finding, type PointerSegment, type SourceLocation } from '@egov/core';
import { Amount } from '../amount/amount';
import { formatAmount } from '../parse/format-amount';
import type { BudgetPlan } from '../plan/budget-plan';
import { lineParents } from '../plan/line-parents';
import type { StatedAmount } from '../plan/stated-amount';
import { yearRangeLabel } from '../plan/year-range';
import { safeWordsToNumber } from '../words/words-to-number';
import { leafEntries } from './plan-entries';

/** Options of {@link reconcilePlan}. */
export interface ReconcileOptions {
  /**
   * `printed` (default): a stated figure matches when the parts add up to it within half a unit of its
   * last printed digit (they round to what was printed: "15,2 tỷ" accepts 15,15–15,25 tỷ), and a
   * non-zero difference within that is reported as `info`. A figure is taken to be as precise as the
   * finest figure printed in the same plan ("2" in a table that also prints "1.7" means 2,0), so a
   * table in đồng is checked to the đồng. `exact`: any difference is an error.
   */
  readonly tolerance?: 'printed' | 'exact';
}

interface Check {
  readonly stated: StatedAmount;
  /** What the parts add up to, in đồng. */
  readonly computed: bigint;
  readonly path: readonly PointerSegment[];
  readonly location: SourceLocation | undefined;
  readonly what: { readonly vi: string; readonly en: string };
}

// Sums and comparisons run on bigint (exact for whole đồng, and cheap on 100 000-line plans);
// Amount objects are only made for the findings' messages.
function show(dong: bigint): string {
  return formatAmount(Amount.fromDong(dong));
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function checkStated(check: Check, options: ReconcileOptions, finest: bigint | undefined, findings: Finding[]): void {
  const { stated, computed, path, location, what } = check;
  const base = location === undefined ? { path } : { path, location };
  const own = stated.precision === undefined ? 1n : BigInt(stated.precision);
  // "2" in a table that prints "1.7" elsewhere means 2,0: a figure is as precise as the finest figure
  // of its table, not only as precise as its own trailing digits.
  const precision = finest !== undefined && finest < own ? finest : own;
  const tolerance = options.tolerance === 'exact' ? 0n : precision / 2n;
  let figureOk = true;
  if (stated.dong !== undefined) {
    const figure = BigInt(stated.dong);
    const difference = figure - computed;
    const printed = stated.printed === undefined ? '' : ` ("${stated.printed}")`;
    const data = {
      stated: figure.toString(),
      computed: computed.toString(),
      difference: difference.toString(),
      tolerance: tolerance.toString(),
      ...(stated.printed === undefined ? {} : { printed: stated.printed }),
    };
    if (abs(difference) > tolerance) {
      figureOk = false;
      findings.push(
        createFinding({
          ruleId: 'budget/total-mismatch',
          severity: 'error',
          message: {
            vi: `${what.vi} ghi ${show(figure)}${printed} nhưng cộng các khoản được ${show(computed)} (chênh lệch ${show(difference)})`,
            en: `${what.en} states ${show(figure)}${printed} but its parts add up to ${show(computed)} (difference ${show(difference)})`,
          },
          ...base,
          data,
        }),
      );
    } else if (difference !== 0n) {
      findings.push(
        createFinding({
          ruleId: 'budget/total-rounded',
          severity: 'info',
          message: {
            vi: `${what.vi} ghi ${show(figure)}, cộng các khoản được ${show(computed)}: khớp trong phạm vi làm tròn của số in (${show(tolerance)})`,
            en: `${what.en} states ${show(figure)}, its parts add up to ${show(computed)}: equal within the printed precision (${show(tolerance)})`,
          },
          ...base,
          data,
        }),
      );
    }
  }
  if (stated.words === undefined) return;
  const wordsPath = [...path, 'words'];
  const wordsBase = location === undefined ? { path: wordsPath } : { path: wordsPath, location };
  const parsed = safeWordsToNumber(stated.words, wordsBase);
  if (!parsed.ok) {
    findings.push(parsed.error);
    return;
  }
  const words = parsed.value.value;
  if (stated.dong !== undefined) {
    const figure = BigInt(stated.dong);
    const difference = words - figure;
    if (abs(difference) > tolerance) {
      findings.push(
        createFinding({
          ruleId: 'budget/words-mismatch',
          severity: 'error',
          message: {
            vi: `${what.vi}: số tiền bằng chữ "${stated.words}" (${show(words)}) khác số tiền bằng số ${show(figure)} (chênh lệch ${show(difference)})`,
            en: `${what.en}: the amount in words "${stated.words}" (${show(words)}) differs from the figure ${show(figure)} (difference ${show(difference)})`,
          },
          ...wordsBase,
          data: { words: words.toString(), stated: figure.toString(), difference: difference.toString(), against: 'figure' },
        }),
      );
      return;
    }
    // The figure is already reported as not matching its parts; the words say the same thing.
    if (!figureOk) return;
  }
  const difference = words - computed;
  if (difference !== 0n) {
    findings.push(
      createFinding({
        ruleId: 'budget/words-mismatch',
        severity: 'error',
        message: {
          vi: `${what.vi}: số tiền bằng chữ "${stated.words}" (${show(words)}) khác tổng các khoản ${show(computed)} (chênh lệch ${show(difference)})`,
          en: `${what.en}: the amount in words "${stated.words}" (${show(words)}) differs from the sum of its parts ${show(computed)} (difference ${show(difference)})`,
        },
        ...wordsBase,
        data: { words: words.toString(), computed: computed.toString(), difference: difference.toString(), against: 'parts' },
      }),
    );
  }
}

/** The key of the sum of the entries of a phase, source and period; `undefined` = any. */
function filterKey(phase: string | undefined, source: string | undefined, period: string | undefined): string {
  return `${phase ?? '*'}\u0000${source ?? '*'}\u0000${period ?? '*'}`;
}

/** The finest precision printed anywhere in the plan (amounts and totals that record one). */
function finestPrecision(plan: BudgetPlan): bigint | undefined {
  let finest: bigint | undefined;
  const consider = (precision: string | undefined): void => {
    if (precision === undefined) return;
    const p = BigInt(precision);
    if (finest === undefined || p < finest) finest = p;
  };
  for (const line of plan.lines) {
    for (const a of line.amounts) consider(a.precision);
    consider(line.statedTotal?.precision);
  }
  for (const total of plan.statedTotals) consider(total.amount.precision);
  return finest;
}

/**
 * Checks every total a plan states against what its parts add up to, and every amount in words against
 * its figure and its parts:
 * - each line's printed row total against the sum of its amounts (or of its sub-lines' totals);
 * - each line with sub-lines, period by period, against the sum of its sub-lines (`budget/total-mismatch`);
 * - each column total against the sum of that period's amounts of the leaf lines;
 * - each grand total against the sum of all leaf amounts (of its phase or source, when given);
 * - each amount in words: unreadable (`budget/words-invalid`) or different from the figure or the
 *   parts (`budget/words-mismatch`);
 * - amounts from a district budget after 2025 (`budget/district-after-2025`, warning: the district tier
 *   ended on 1/7/2025 under the 2025 Law on the Organisation of Local Government).
 *
 * Findings carry the difference in đồng (`data.difference` = stated − computed) and the tolerance that
 * followed from the printed precision; paths point into the plan (`/lines/3/statedTotal`).
 * Cost: O(lines + amounts + stated totals), each amount summed a bounded number of times.
 *
 * @param plan - The plan.
 * @param options - Tolerance policy.
 * @returns Findings; empty when everything adds up.
 * @example
 * ```ts
 * const findings = reconcilePlan(plan);
 * findings.filter((f) => f.ruleId === 'budget/total-mismatch');
 * ```
 */
export function reconcilePlan(plan: BudgetPlan, options: ReconcileOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const finest = finestPrecision(plan);
  const parents = lineParents(plan.lines);
  const children = new Map<number, number[]>();
  parents.forEach((parent, index) => {
    if (parent === undefined) return;
    const list = children.get(parent) ?? [];
    list.push(index);
    children.set(parent, list);
  });
  const lineTotals = new Map<number, bigint>();
  const lineTotal = (index: number): bigint => {
    const cached = lineTotals.get(index);
    if (cached !== undefined) return cached;
    const line = plan.lines[index];
    let total = 0n;
    if (line !== undefined && line.amounts.length > 0) {
      for (const a of line.amounts) total += BigInt(a.dong);
      return total;
    }
    for (const kid of children.get(index) ?? []) total += lineTotal(kid);
    lineTotals.set(index, total);
    return total;
  };
  plan.lines.forEach((line, index) => {
    const location = line.row === undefined ? undefined : { row: line.row };
    const label = { vi: `Dòng ${line.number} "${line.name}"`, en: `Line ${line.number} "${line.name}"` };
    if (line.statedTotal !== undefined) {
      checkStated(
        {
          stated: line.statedTotal,
          computed: lineTotal(index),
          path: ['lines', index, 'statedTotal'],
          location,
          what: { vi: `Tổng của dòng ${line.number} "${line.name}"`, en: `The total of line ${line.number} "${line.name}"` },
        },
        options,
        finest,
        findings,
      );
    }
    const kids = children.get(index);
    if (kids !== undefined && line.amounts.length > 0) {
      // The sub-lines' amounts summed by period once, not once per amount of the line: O(their amounts).
      const byPeriod = new Map<string, bigint>();
      for (const k of kids) {
        for (const a of plan.lines[k]?.amounts ?? []) {
          const key = `${String(a.period.start)}-${String(a.period.end)}`;
          byPeriod.set(key, (byPeriod.get(key) ?? 0n) + BigInt(a.dong));
        }
      }
      line.amounts.forEach((own, amountIndex) => {
        const sum = byPeriod.get(`${String(own.period.start)}-${String(own.period.end)}`) ?? 0n;
        checkStated(
          {
            stated: { dong: own.dong, printed: own.printed, precision: own.precision },
            computed: sum,
            path: ['lines', index, 'amounts', amountIndex],
            location,
            what: {
              vi: `${label.vi}, năm ${yearRangeLabel(own.period)} (tổng các mục con)`,
              en: `${label.en}, ${yearRangeLabel(own.period)} (sum of its sub-lines)`,
            },
          },
          options,
          finest,
          findings,
        );
      });
    }
  });
  const entries = leafEntries(plan);
  // One pass sums the entries under every filter the stated totals use (phase, source, period, each
  // given or not: at most 8 keys per entry), so each stated total is a lookup: O(entries + stated totals). Summing
  // the entries once per stated total was O(entries × stated totals), quadratic in a table with a "Cộng"
  // row after every few lines (16 000 rows took 33 s).
  // Only the filter shapes the stated totals use are summed (mask bits: 1 phase, 2 source, 4 period).
  const totalPeriod = (total: BudgetPlan['statedTotals'][number]): string | undefined =>
    total.kind === 'column' && total.period !== undefined ? `${String(total.period.start)}-${String(total.period.end)}` : undefined;
  const masks = new Set<number>();
  for (const total of plan.statedTotals) masks.add((total.phase === undefined ? 0 : 1) | (total.source === undefined ? 0 : 2) | (totalPeriod(total) === undefined ? 0 : 4));
  const sums = new Map<string, bigint>();
  if (masks.size > 0) {
    for (const entry of entries) {
      const period = `${String(entry.period.start)}-${String(entry.period.end)}`;
      for (const mask of masks) {
        const key = filterKey(mask & 1 ? entry.phase : undefined, mask & 2 ? (entry.source ?? '') : undefined, mask & 4 ? period : undefined);
        sums.set(key, (sums.get(key) ?? 0n) + entry.dong);
      }
    }
  }
  plan.statedTotals.forEach((total, index) => {
    const computed = sums.get(filterKey(total.phase, total.source, totalPeriod(total))) ?? 0n;
    const name = total.label ?? (total.kind === 'grand' ? 'Tổng cộng' : 'Cộng');
    const column = total.kind === 'column' && total.period !== undefined ? yearRangeLabel(total.period) : undefined;
    checkStated(
      {
        stated: total.amount,
        computed,
        path: ['statedTotals', index, 'amount'],
        location: total.row === undefined ? undefined : { row: total.row },
        what:
          column === undefined
            ? { vi: `"${name}"`, en: `The grand total "${name}"` }
            : { vi: `"${name}" cột ${column}`, en: `The total "${name}" of column ${column}` },
      },
      options,
      finest,
      findings,
    );
  });
  for (const entry of entries) {
    if (entry.source === 'district' && entry.period.end > 2025) {
      findings.push(
        createFinding({
          ruleId: 'budget/district-after-2025',
          severity: 'warning',
          message: {
            vi: `Dòng ${entry.line.number} "${entry.line.name}" dùng ngân sách huyện cho ${yearRangeLabel(entry.period)}, nhưng từ 1/7/2025 không còn cấp huyện`,
            en: `Line ${entry.line.number} "${entry.line.name}" uses the district budget for ${yearRangeLabel(entry.period)}, but there is no district tier since 1/7/2025`,
          },
          path: ['lines', entry.lineIndex, 'amounts', entry.amountIndex, 'source'],
          ...(entry.line.row === undefined ? {} : { location: { row: entry.line.row } }),
          data: { period: yearRangeLabel(entry.period) },
        }),
      );
    }
  }
  return findings;
}
