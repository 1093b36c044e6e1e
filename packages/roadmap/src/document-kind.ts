/** The kinds of document @egov/roadmap models. */
export type DocumentKind = 'roadmap' | 'plan';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Tells which model a parsed YAML or JSON document is meant for, from its top-level keys, before it is
 * validated (so a roadmap with errors is still checked as a roadmap): a roadmap has `entries` (the services
 * it schedules); a plan has a `document` and a `plan_year` or `period`, and no `entries`.
 *
 * @param data - A parsed document.
 * @returns `'roadmap'`, `'plan'`, or `undefined` for anything else.
 * @example
 * ```ts
 * documentKind({ decision: { number: '818/QĐ-UBND' }, period: { start: 2013, end: 2020 }, entries: [] }); // 'roadmap'
 * documentKind({ kind: 'Kế hoạch', document: { number: '200/KH-SKHĐT' }, plan_year: 2019 }); // 'plan'
 * documentKind({ rules: { 'roadmap/level-down': 'off' } }); // undefined
 * ```
 */
export function documentKind(data: unknown): DocumentKind | undefined {
  if (!isRecord(data)) return undefined;
  if ('entries' in data) return 'roadmap';
  if ('document' in data && ('plan_year' in data || 'period' in data)) return 'plan';
  return undefined;
}
