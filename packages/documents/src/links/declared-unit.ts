const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

/**
 * The unit a document states for a table it lists: anywhere in the document, an object
 * `{ file: "budget.csv", unit: "tỷ đồng" }` (as the examples' `roadmap.yaml` and `plan.yaml` write it). A
 * budget table copied from a document often leaves the unit in the caption above it ("Đơn vị: tỷ đồng");
 * the document that lists the table keeps it.
 *
 * @param document - A parsed YAML/JSON document.
 * @param fileName - The table's name as the document writes it.
 * @returns The unit as written, or `undefined`.
 * @example
 * ```ts
 * declaredUnit({ budget: { file: 'budget.csv', unit: 'tỷ đồng' } }, 'budget.csv'); // "tỷ đồng"
 * ```
 */
export function declaredUnit(document: unknown, fileName: string): string | undefined {
  const pending: unknown[] = [document];
  // Depth-first in document order, without recursion (a deeply nested document cannot overflow the stack).
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index -= 1) pending.push(node[index]);
      continue;
    }
    if (!isRecord(node)) continue;
    if (node.file === fileName && typeof node.unit === 'string') return node.unit;
    const values = Object.values(node);
    for (let index = values.length - 1; index >= 0; index -= 1) pending.push(values[index]);
  }
  return undefined;
}
