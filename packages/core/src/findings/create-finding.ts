import type { Finding, LocalizedMessage, Severity, SourceLocation } from './finding';
import { toJsonPointer, type PointerSegment } from './json-pointer';

/** Input of {@link createFinding}; `path` may be given as segments. */
export interface CreateFindingInput<TData> {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: LocalizedMessage;
  readonly path?: string | readonly PointerSegment[];
  readonly location?: SourceLocation;
  readonly data?: TData;
}

/**
 * Creates a {@link Finding}, turning path segments into a JSON pointer and leaving out absent fields.
 *
 * @param input - Rule id, severity, message, and optionally path, location and data.
 * @returns A frozen finding.
 * @example
 * ```ts
 * const finding = createFinding({
 *   ruleId: 'budget/total-mismatch',
 *   severity: 'error',
 *   message: { vi: 'Tổng không khớp', en: 'Total does not match' },
 *   path: ['totals', 0],
 *   data: { stated: 15_200, computed: 15_000 },
 * });
 * finding.path; // "/totals/0"
 * ```
 */
export function createFinding<TData = Readonly<Record<string, unknown>>>(
  input: CreateFindingInput<TData>,
): Finding<TData> {
  const path = typeof input.path === 'string' ? input.path : toJsonPointer(input.path ?? []);
  return Object.freeze({
    ruleId: input.ruleId,
    severity: input.severity,
    message: input.message,
    path,
    ...(input.location === undefined ? {} : { location: input.location }),
    ...(input.data === undefined ? {} : { data: input.data }),
  });
}
