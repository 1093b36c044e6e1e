/** How serious a finding is. `error` blocks (exit code 1 in the CLI), `warning` asks for a look, `info` informs. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * All severities, most serious first.
 *
 * @example
 * ```ts
 * severities.indexOf('error') < severities.indexOf('info'); // true
 * ```
 */
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** A message for a provincial officer, in Vietnamese (first) and English. */
export interface LocalizedMessage {
  readonly vi: string;
  readonly en: string;
}

/** Where in a user's file a finding points, when the input came from a file (set by `@egov/io` readers). */
export interface SourceLocation {
  /** File name or path as the user gave it. */
  readonly file?: string;
  /** Sheet name of a workbook. */
  readonly sheet?: string;
  /** 1-based row (spreadsheet/CSV) or line (text formats). */
  readonly row?: number;
  /** Column letter ("C") or header name of a table; for text formats (YAML, JSON) the 1-based character column as decimal digits ("19"). */
  readonly column?: string;
}

/**
 * One problem (or observation) found in user data: a rule id, a severity, a message in Vietnamese and
 * English, a JSON pointer (RFC 6901) into the input, and structured data for machines.
 */
export interface Finding<TData = Readonly<Record<string, unknown>>> {
  /** Stable rule id, `package/rule-name`, e.g. `"budget/total-mismatch"`. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: LocalizedMessage;
  /** JSON pointer into the input; `""` is the whole input. */
  readonly path: string;
  /** Position in the user's file, when known. */
  readonly location?: SourceLocation;
  /** Structured details (expected, found, difference, …). */
  readonly data?: TData;
}
