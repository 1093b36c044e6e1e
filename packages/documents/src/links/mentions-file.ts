import { pushAll } from '@egov/core';
const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

/**
 * Whether a document names a file anywhere as `{ file: "<name>" }` (its `tables`, its budget, its catalogue):
 * a declared link to that file.
 *
 * @param document - A parsed YAML/JSON document.
 * @param fileName - The file's name as the document would write it.
 * @returns `true` when the document names it.
 * @example
 * ```ts
 * mentionsFile({ tables: [{ file: 'budget.csv' }] }, 'budget.csv'); // true
 * ```
 */
export function mentionsFile(document: unknown, fileName: string): boolean {
  const pending: unknown[] = [document];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pushAll(pending, (node as unknown[]).slice(0, 10_000));
    else if (isRecord(node)) {
      if (node.file === fileName) return true;
      for (const value of Object.values(node)) pending.push(value);
    }
  }
  return false;
}
