import type { Finding } from '@egov/core';

/**
 * Whether a finding is placed at a line and character column of a text document (YAML/JSON, where
 * `location.column` holds digits), not at a spreadsheet cell.
 *
 * @param finding - A finding.
 * @returns `true` for `{ row: 104, column: '9' }`, `false` for `{ row: 5, column: 'C' }`.
 * @example
 * ```ts
 * isLinePlace({ ...finding, location: { file: 'roadmap.yaml', row: 104, column: '9' } }); // true
 * ```
 */
export function isLinePlace(finding: Finding): boolean {
  return finding.location?.row !== undefined && /^\d+$/.test(finding.location.column ?? '');
}

/**
 * Where a finding is, as a user reads it: `104:9` (line and column of a document, as editors write it),
 * `Kinh phí!C5` or `C5` (a cell), `5` (a row), else its JSON pointer (`/` for the whole document).
 *
 * @param finding - A finding.
 * @returns The place.
 * @example
 * ```ts
 * findingPlace({ ...finding, location: { file: 'budget.csv', row: 5, column: 'C' } }); // "C5"
 * ```
 */
export function findingPlace(finding: Finding): string {
  const location = finding.location;
  if (location?.row !== undefined && isLinePlace(finding)) return `${String(location.row)}:${location.column ?? ''}`;
  if (location?.row !== undefined) {
    const sheet = location.sheet === undefined ? '' : `${location.sheet}!`;
    return `${sheet}${location.column ?? ''}${String(location.row)}`;
  }
  return finding.path === '' ? '/' : finding.path;
}
