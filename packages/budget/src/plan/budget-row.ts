import type { SourceLocation } from '@egov/core';

/** A table cell as readers produce it (`@egov/io` rows, CSV, spreadsheet values). */
export type Cell = string | number | null;

/** A table row keyed by its header text. */
export type RowRecord = Readonly<Record<string, Cell>>;

/** A row with its position in the user's file. */
export interface PositionedRow {
  readonly cells: RowRecord;
  readonly position?: SourceLocation;
}

/** What `fromRows` accepts: plain records, or records with their position. */
export type BudgetRow = RowRecord | PositionedRow;

/**
 * Whether a row carries its position.
 *
 * @internal
 */
export function isPositionedRow(row: BudgetRow): row is PositionedRow {
  const cells: unknown = (row as Record<string, unknown>).cells;
  return typeof cells === 'object' && cells !== null;
}
