const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The files a document lists in its `tables` (`[{ file: "tasks.csv", … }]`), as the document writes them.
 *
 * @param document - A parsed plan or roadmap.
 * @returns The file names, in order.
 * @example
 * ```ts
 * listedTables({ tables: [{ file: 'tasks.csv' }, { title: 'no file' }] }); // ["tasks.csv"]
 * ```
 */
export function listedTables(document: unknown): string[] {
  if (!isRecord(document) || !Array.isArray(document.tables)) return [];
  return (document.tables as readonly unknown[]).flatMap((table) => {
    const name = isRecord(table) ? table.file : undefined;
    return typeof name === 'string' && name !== '' ? [name] : [];
  });
}
