import { locateYamlFindings } from '@egov/io';
import { documentKind, validatePlan, type PlanValidationResult } from '@egov/roadmap';
import { defineDocumentKind, type FileKind } from './file-kind';

/**
 * A plan (kế hoạch: a document with its period, targets, stated figures and tables), validated with
 * `@egov/roadmap`'s plan rules; findings at their YAML/JSON line and column.
 *
 * @example
 * ```ts
 * planKind.id; // "plan"
 * ```
 */
export const planKind: FileKind = defineDocumentKind<PlanValidationResult>({
  id: 'plan',
  label: { vi: 'kế hoạch', en: 'plan' },
  detect: (data) =>
    documentKind(data) === 'plan' || { vi: 'không có `document` kèm `plan_year` hoặc `period` của kế hoạch', en: 'no plan `document` with `plan_year` or `period`' },
  read: (data, text, context) => {
    const result = validatePlan(data);
    return { value: result, findings: locateYamlFindings(result.findings, text, context.path) };
  },
  summarise: (result) => (result.plan === undefined ? {} : { targets: (result.plan as { targets?: readonly unknown[] }).targets?.length ?? 0 }),
});
