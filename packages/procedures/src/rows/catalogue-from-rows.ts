import type { Finding } from '@egov/core';
import type { Catalogue } from '../model/catalogue';
import { proceduresFromRows } from './procedures-from-rows';
import type { Row, RowSource } from './row';

/** What a catalogue table does not say: the province, the date, and optionally the source document. */
export interface CatalogueHeader {
  readonly province: string;
  /** ISO date the catalogue describes. */
  readonly asOf: string;
  readonly source?: string;
}

/**
 * Reads a catalogue (province, date, procedures) from table rows; see {@link proceduresFromRows} for the
 * columns and findings.
 *
 * @param rows - Procedure rows keyed by header.
 * @param header - Province, date and source.
 * @param source - File, sheet and first row number, for findings.
 * @returns The catalogue and the findings.
 * @example
 * ```ts
 * const { catalogue } = catalogueFromRows(rows, { province: 'Thái Bình', asOf: '2013-05-04' });
 * catalogue.procedures.length;
 * ```
 */
export function catalogueFromRows(
  rows: readonly Row[],
  header: CatalogueHeader,
  source: RowSource = {},
): { readonly catalogue: Catalogue; readonly findings: readonly Finding[] } {
  const { procedures, findings } = proceduresFromRows(rows, source);
  return {
    catalogue: {
      province: header.province,
      asOf: header.asOf,
      procedures,
      ...(header.source === undefined ? {} : { source: header.source }),
    },
    findings,
  };
}
