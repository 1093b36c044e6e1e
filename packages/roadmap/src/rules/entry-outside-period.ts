import { whenRange } from '../model/when';
import { defineRule } from './rule';

/**
 * `roadmap/entry-outside-period`: an entry is due outside the roadmap's period, outside the phase it is
 * listed under, or names a phase the roadmap does not have.
 *
 * @example
 * ```ts
 * entryOutsidePeriod.defaultSeverity; // "error"
 * ```
 */
export const entryOutsidePeriod = defineRule({
  id: 'roadmap/entry-outside-period',
  defaultSeverity: 'error',
  description: {
    vi: 'Mục có thời hạn nằm ngoài thời kỳ của lộ trình hoặc của giai đoạn',
    en: "An entry is due outside the roadmap's period or its phase",
  },
  defaultOptions: {},
  check: ({ roadmap, facts, report }) => {
    const period = { start: whenRange(roadmap.period.start).start, end: whenRange(roadmap.period.end).end };
    const phases = new Map((roadmap.phases ?? []).map((phase) => [phase.id, phase]));
    const phaseDays = new Map((roadmap.phases ?? []).map((phase) => [phase, { start: whenRange(phase.start).start, end: whenRange(phase.end).end }]));
    const entryDue = facts.entryDue;
    roadmap.entries.forEach((entry, index) => {
      const due = entryDue[index] ?? whenRange(entry.due);
      if (due.end < period.start || due.start > period.end) {
        report({
          path: ['entries', index, 'due'],
          message: {
            vi: `Thời hạn ${String(entry.due)} của "${entry.service}" nằm ngoài thời kỳ ${String(roadmap.period.start)}–${String(roadmap.period.end)} của lộ trình`,
            en: `Due ${String(entry.due)} of "${entry.service}" is outside the roadmap period ${String(roadmap.period.start)}–${String(roadmap.period.end)}`,
          },
          data: { due: entry.due, period: roadmap.period },
        });
      }
      if (entry.phase === undefined) return;
      const phase = phases.get(entry.phase);
      if (phase === undefined) {
        report({
          path: ['entries', index, 'phase'],
          message: {
            vi: `Giai đoạn "${entry.phase}" không có trong danh sách giai đoạn của lộ trình`,
            en: `Phase "${entry.phase}" is not one of the roadmap's phases`,
          },
          data: { phase: entry.phase, phases: [...phases.keys()] },
        });
        return;
      }
      const days = phaseDays.get(phase) ?? { start: whenRange(phase.start).start, end: whenRange(phase.end).end };
      if (due.end < days.start || due.start > days.end) {
        report({
          path: ['entries', index, 'due'],
          message: {
            vi: `Thời hạn ${String(entry.due)} của "${entry.service}" nằm ngoài giai đoạn ${phase.name ?? phase.id}`,
            en: `Due ${String(entry.due)} of "${entry.service}" is outside phase ${phase.name ?? phase.id}`,
          },
          data: { due: entry.due, phase: phase.id },
        });
      }
    });
  },
});
