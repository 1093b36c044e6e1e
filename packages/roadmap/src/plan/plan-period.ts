import { whenRange, type When } from '../model/when';
import type { Plan } from './plan-schema';

/** The first and last day (ISO, inclusive) a plan covers, with a label for messages. */
export interface PlanSpan {
  readonly start: string;
  readonly end: string;
  readonly label: string;
}

/**
 * The days a plan covers: its `period`, else its `plan_year`; undefined when it states neither.
 *
 * @param plan - A parsed plan.
 * @returns The span, or undefined.
 * @example
 * ```ts
 * planSpan({ ...plan, plan_year: 2019 }); // { start: "2019-01-01", end: "2019-12-31", label: "2019" }
 * ```
 */
export function planSpan(plan: Plan): PlanSpan | undefined {
  if (plan.period !== undefined) return span(plan.period.start, plan.period.end);
  if (plan.plan_year !== undefined) return span(plan.plan_year, plan.plan_year);
  return undefined;
}

/**
 * The days from the start of one point in time to the end of another.
 *
 * @param start - First year, month or day.
 * @param end - Last year, month or day.
 * @returns The inclusive span with a label "start–end" (or "start" when both are the same).
 * @example
 * ```ts
 * span(2016, 2017); // { start: "2016-01-01", end: "2017-12-31", label: "2016–2017" }
 * ```
 */
export function span(start: When, end: When): PlanSpan {
  const label = String(start) === String(end) ? String(start) : `${String(start)}–${String(end)}`;
  return { start: whenRange(start).start, end: whenRange(end).end, label };
}

/**
 * Whether a point in time lies (wholly) outside a span.
 *
 * @param when - A year, month or day.
 * @param within - The span.
 * @returns True when no day of `when` is in the span.
 * @example
 * ```ts
 * outside(2021, span(2016, 2020)); // true
 * ```
 */
export function outside(when: When, within: PlanSpan): boolean {
  const range = whenRange(when);
  return range.end < within.start || range.start > within.end;
}
