import { createFinding, type Finding, type Severity, type SourceLocation } from '@egov/core';

/** Input of the private {@link ioFinding} helper. */
export interface IoFindingInput {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly vi: string;
  readonly en: string;
  readonly location?: SourceLocation | undefined;
  readonly path?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * Private shorthand for `createFinding` used by every reader (not exported from the package).
 *
 * @param input - Rule id, severity, messages, optional location and data.
 * @returns The finding.
 * @example
 * ```ts
 * ioFinding({ ruleId: 'io/empty', severity: 'error', vi: 'Tệp rỗng', en: 'Empty file' });
 * ```
 */
export function ioFinding(input: IoFindingInput): Finding {
  return createFinding({
    ruleId: input.ruleId,
    severity: input.severity,
    message: { vi: input.vi, en: input.en },
    path: input.path ?? '',
    ...(input.location === undefined || Object.keys(input.location).length === 0
      ? {}
      : { location: input.location }),
    ...(input.data === undefined ? {} : { data: input.data }),
  });
}

/**
 * A location with only the defined fields (exactOptionalPropertyTypes-friendly).
 *
 * @param file - File name, if known.
 * @param sheet - Sheet name, if any.
 * @param row - 1-based row, if known.
 * @param column - Column letter, if known.
 * @returns The location.
 * @example
 * ```ts
 * locationOf('a.csv', undefined, 3); // { file: 'a.csv', row: 3 }
 * ```
 */
export function locationOf(
  file: string | undefined,
  sheet?: string,
  row?: number,
  column?: string,
): SourceLocation {
  return {
    ...(file === undefined ? {} : { file }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
  };
}
