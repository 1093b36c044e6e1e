import { Amount, formatAmount } from '@egov/budget';
import type { Step } from '../model/roadmap-schema';
import { whenRange, whenYear } from '../model/when';
import { budgetSpan } from './budget-span';
import { readBudgetAmount } from './read-budget-amount';
import { defineRule } from './rule';
import { sameService, serviceRefs } from './service-refs';

/** Options of {@link budgetBeforeSchedule}. */
export interface BudgetBeforeScheduleOptions {
  /**
   * Step kinds (`steps[].kind`) that deploy services; default `["deploy_projects"]`. When a service has such
   * a step, its deployment budget is expected from the year that step starts, not from the year its project
   * is approved.
   */
  readonly deployKinds: readonly string[];
}

/** Where a service's budget may start: its first deployment step, else its first step of any kind. */
interface Start {
  readonly stepIndex: number;
  readonly from: string;
  readonly deployment: boolean;
}

/**
 * `roadmap/budget-before-schedule`: a budget line for one service (`service` or `entry`), with a non-zero
 * amount, in years that end before the schedule starts on that service, or that start after the service is
 * due. The schedule of a service is the steps naming it and the steps continuing them (`refers_to_step`:
 * "deploy the projects approved in 2014"); when some of these deploy (`deployKinds`), the budget is expected
 * from the first deployment. Source 003 (Hà Giang): the table "Kinh phí triển khai" (deployment budget)
 * puts services 12–14 in 2014, the year their projects are approved (step b), while the step deploying them
 * (c: "Triển khai các dự án … đã được phê duyệt năm 2014") is in 2015. Lines of services no step names are
 * not checked against the schedule.
 *
 * @example
 * ```ts
 * budgetBeforeSchedule.defaultOptions; // { deployKinds: ["deploy_projects"] }
 * ```
 */
export const budgetBeforeSchedule = defineRule<BudgetBeforeScheduleOptions>({
  id: 'roadmap/budget-before-schedule',
  defaultSeverity: 'warning',
  description: {
    vi: 'Kinh phí cho một dịch vụ bố trí trước khi triển khai dịch vụ đó hoặc sau thời hạn của dịch vụ',
    en: 'A service is budgeted before the schedule deploys it or after it is due',
  },
  defaultOptions: { deployKinds: ['deploy_projects'] },
  check: ({ roadmap, services, options, report }) => {
    const lines = roadmap.budgets ?? [];
    if (lines.length === 0) return;
    const refs = serviceRefs(roadmap, services);
    const steps = roadmap.steps ?? [];
    const byId = new Map<string, number>();
    steps.forEach((step, index) => {
      if (step.id !== undefined && !byId.has(step.id)) byId.set(step.id, index);
    });
    // The names a step covers, its own and those of the steps it continues (guarded against cycles);
    // computed on the first budget line that names a service or an entry (yearly totals need none).
    let stepRefsMemo: ReadonlySet<string>[] | undefined;
    const stepRefsOf = (): ReadonlySet<string>[] => (stepRefsMemo ??= computeStepRefs());
    const computeStepRefs = (): ReadonlySet<string>[] => steps.map((step) => {
      const covered = new Set<string>();
      const seen = new Set<Step>();
      let current: Step | undefined = step;
      while (current !== undefined && !seen.has(current)) {
        seen.add(current);
        for (const name of current.services ?? []) for (const ref of refs(name)) covered.add(ref);
        const next: number | undefined = current.refers_to_step === undefined ? undefined : byId.get(current.refers_to_step);
        current = next === undefined ? undefined : steps[next];
      }
      return covered;
    });
    const deployKinds = new Set(options.deployKinds);
    const phases = roadmap.phases ?? [];

    lines.forEach((line, index) => {
      if (line.service === undefined && line.entry === undefined) return;
      const span = budgetSpan(line, phases);
      if (span === undefined || span === 'unknown-phase') return;
      const amount = readBudgetAmount(line.amount, line.unit, { path: ['budgets', index, 'amount'] });
      if (!amount.ok || amount.value.amount.isZero()) return;
      const own = refs(line.service, line.entry);
      const name = line.service ?? roadmap.entries.find((entry) => entry.id === line.entry)?.service ?? String(line.entry);
      const field = line.year !== undefined ? 'year' : line.from !== undefined ? 'from' : line.to !== undefined ? 'to' : 'phase';
      const yearsVi = span.start === span.end ? `năm ${String(span.start)}` : `giai đoạn ${String(span.start)}–${String(span.end)}`;
      const yearsEn = span.start === span.end ? String(span.start) : `${String(span.start)}–${String(span.end)}`;
      const shown = formatAmount(Amount.fromDong(amount.value.amount.toBigInt()));

      let start: Start | undefined;
      const stepRefs = stepRefsOf();
      steps.forEach((step, stepIndex) => {
        const covers = stepRefs[stepIndex];
        if (covers === undefined || !sameService(own, covers)) return;
        const deployment = step.kind !== undefined && deployKinds.has(step.kind);
        const from = whenRange(step.from).start;
        if (start === undefined || (deployment && !start.deployment) || (deployment === start.deployment && from < start.from)) {
          start = { stepIndex, from, deployment };
        }
      });
      if (start !== undefined && span.end < Number(start.from.slice(0, 4))) {
        const step = steps[start.stepIndex];
        const stepName = step?.id === undefined ? `#${String(start.stepIndex + 1)}` : `"${step.id}"`;
        const whatVi = start.deployment ? 'bước triển khai dịch vụ' : 'bước đầu tiên của lộ trình cho dịch vụ';
        const whatEn = start.deployment ? 'the step deploying it' : 'the first step for it';
        report({
          path: ['budgets', index, field],
          message: {
            vi: `Kinh phí ${yearsVi} cho "${name}" (${shown}) được bố trí trước ${whatVi} (${stepName}, từ ${String(step?.from ?? '')})`,
            en: `"${name}" is budgeted in ${yearsEn} (${shown}), before ${whatEn} (${stepName}, from ${String(step?.from ?? '')})`,
          },
          data: {
            budget: { from: span.start, to: span.end },
            amount: amount.value.amount.toString(),
            step: `/steps/${String(start.stepIndex)}`,
            stepFrom: step?.from,
            deployment: start.deployment,
          },
        });
        return;
      }

      let due: number | undefined;
      roadmap.entries.forEach((entry, entryIndex) => {
        const match = services.entries[entryIndex];
        const linked = line.entry !== undefined && entry.id === line.entry;
        if (!linked && (match === undefined || !own.has(`service:${String(match.service.id)}`))) return;
        const year = whenYear(entry.due);
        if (due === undefined || year > due) due = year;
      });
      if (due === undefined || span.start <= due) return;
      report({
        path: ['budgets', index, field],
        message: {
          vi: `Kinh phí ${yearsVi} cho "${name}" (${shown}) được bố trí sau thời hạn ${String(due)} của dịch vụ`,
          en: `"${name}" is budgeted in ${yearsEn} (${shown}), after the service is due (${String(due)})`,
        },
        data: { budget: { from: span.start, to: span.end }, amount: amount.value.amount.toString(), due },
      });
    });
  },
});
