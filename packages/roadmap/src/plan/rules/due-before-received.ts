import { whenRange } from '../../model/when';
import { definePlanRule } from '../plan-rule';

/**
 * `plan/due-before-received`: a task is due before the plan was signed, or before the date on the
 * received stamp of the copy that was transcribed: the executor could not have met the deadline from this
 * copy (Bắc Giang 3701/KH-UBND: due 01/01/2016, received 13/1/16).
 *
 * @example
 * ```ts
 * dueBeforeReceived.defaultSeverity; // "warning"
 * ```
 */
export const dueBeforeReceived = definePlanRule({
  id: 'plan/due-before-received',
  defaultSeverity: 'warning',
  description: {
    vi: 'Nhiệm vụ có thời hạn trước ngày ký hoặc ngày đến của kế hoạch',
    en: 'A task is due before the plan was signed or received',
  },
  check: ({ plan, report }) => {
    const signed = plan.document.date === undefined ? undefined : whenRange(plan.document.date).start;
    const received = plan.received_stamp?.date;
    (plan.tasks ?? []).forEach((task, index) => {
      if (task.due === undefined) return;
      const due = whenRange(task.due).end;
      const name = task.id ?? task.source ?? String(index + 1);
      if (signed !== undefined && due < signed) {
        report({
          path: ['tasks', index, 'due'],
          message: {
            vi: `Nhiệm vụ ${name} có thời hạn ${String(task.due)}, trước ngày ký kế hoạch ${signed}`,
            en: `Task ${name} is due ${String(task.due)}, before the plan was signed (${signed})`,
          },
          data: { due: task.due, signed },
        });
      } else if (received !== undefined && due < received) {
        report({
          path: ['tasks', index, 'due'],
          message: {
            vi: `Nhiệm vụ ${name} có thời hạn ${String(task.due)}, trước ngày văn bản đến ${received}`,
            en: `Task ${name} is due ${String(task.due)}, before the plan was received (${received})`,
          },
          data: { due: task.due, received },
        });
      }
    });
  },
});
