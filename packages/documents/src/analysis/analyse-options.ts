import type { AmountUnit } from '@egov/budget';
import type { TableReading } from '../kinds/table-reading';

/**
 * Options of {@link analyseDocumentSet}.
 *
 * @example
 * ```ts
 * const options: AnalyseOptions = { units: { 'hagiang/budget.csv': 'ty' } };
 * ```
 */
export interface AnalyseOptions {
  /** A kind id that every readable file is taken to be, instead of detection. */
  readonly kind?: string;
  /** Unit of every budget table whose headers do not state it (overrides what documents declare). */
  readonly unit?: AmountUnit;
  /** Unit of a budget table by path, when its headers do not state it (overrides what documents declare). */
  readonly units?: Readonly<Record<string, AmountUnit>>;
  /** The user's column mapping and number notation for every table (`--columns`, `--notation`). */
  readonly reading?: TableReading;
}
