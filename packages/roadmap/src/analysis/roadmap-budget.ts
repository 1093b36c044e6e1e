import { Amount } from '@egov/budget';
import type { Finding } from '@egov/core';
import type { BudgetLine, Roadmap } from '../model/roadmap-schema';
import { readBudgetAmount } from '../rules/read-budget-amount';

/** Budget lines of a roadmap that share a heading, a phase or a span of years (see {@link roadmapBudget}). */
export interface RoadmapBudgetGroup {
  /** The heading as printed ("Giai đoạn 2013 - 2014"), else the phase id, else the year or span ("2014", "2016–2020"), else `""`. */
  readonly label: string;
  /** The sum of the group's readable amounts, in đồng. */
  readonly amount: Amount;
  /** Lines in the group (readable or not). */
  readonly lines: number;
  /** The sum of the lines' `services_count`, when every line of the group states one. */
  readonly servicesCount?: number;
}

/** What {@link roadmapBudget} returns. */
export interface RoadmapBudget {
  /** Groups in the order their first line is listed. */
  readonly groups: readonly RoadmapBudgetGroup[];
  /** The sum of every readable amount, in đồng. */
  readonly total: Amount;
  readonly lines: number;
  /** Why each unreadable amount could not be read (`budget/amount-ambiguous`, …), with its path. */
  readonly unreadable: readonly Finding[];
}

/**
 * The budget of a roadmap as its lines state it: each amount read as printed in its unit
 * (`@egov/budget`: exact, never guessing), lines grouped by their heading, phase or span of years, and the
 * total of them all. Lines per service (a budget table in long form) group by year, so a roadmap that
 * lists "1.4" tỷ đồng for one service in 2014 and "1.2" for another gives one 2014 group of 2,6 tỷ đồng.
 * Whether the lines add up to the totals the document states is the job of the `roadmap/budget-*` rules.
 *
 * @param roadmap - A parsed roadmap.
 * @returns The groups, the total, and the amounts that could not be read.
 * @example
 * ```ts
 * // Thái Bình 818/QĐ-UBND, section III: 2,2 + 1,8 + 2,0 tỷ đồng.
 * const budget = roadmapBudget(roadmap);
 * budget.groups.map((group) => group.label); // ["Giai đoạn 2013 - 2014", "Trong năm 2015", "Giai đoạn 2016 - 2020"]
 * budget.total.toString(); // "6000000000"
 * ```
 */
export function roadmapBudget(roadmap: Roadmap): RoadmapBudget {
  const groups = new Map<string, { amount: Amount; lines: number; servicesCount: number | undefined }>();
  const unreadable: Finding[] = [];
  const lines = roadmap.budgets ?? [];
  lines.forEach((line, index) => {
    const label = groupLabel(line);
    const group = groups.get(label) ?? { amount: Amount.zero, lines: 0, servicesCount: 0 };
    const read = readBudgetAmount(line.amount, line.unit, { path: ['budgets', index, 'amount'] });
    if (read.ok) group.amount = group.amount.plus(read.value.amount);
    else unreadable.push(read.error);
    group.lines += 1;
    group.servicesCount = group.servicesCount === undefined || line.services_count === undefined ? undefined : group.servicesCount + line.services_count;
    groups.set(label, group);
  });
  return {
    groups: [...groups].map(([label, group]) => ({
      label,
      amount: group.amount,
      lines: group.lines,
      ...(group.servicesCount === undefined ? {} : { servicesCount: group.servicesCount }),
    })),
    total: Amount.sum([...groups.values()].map((group) => group.amount)),
    lines: lines.length,
    unreadable,
  };
}

function groupLabel(line: BudgetLine): string {
  if (line.label !== undefined) return line.label;
  if (line.phase !== undefined) return line.phase;
  if (line.year !== undefined) return String(line.year);
  if (line.from !== undefined && line.to !== undefined) {
    return String(line.from) === String(line.to) ? String(line.from) : `${String(line.from)}–${String(line.to)}`;
  }
  return String(line.from ?? line.to ?? '');
}
