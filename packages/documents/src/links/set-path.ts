/**
 * The folder of a `/`-separated path (`""` for a bare name); backslashes count as `/`.
 *
 * @param path - A path.
 * @returns Its folder.
 * @example
 * ```ts
 * folderOf('examples/hagiang/budget.csv'); // "examples/hagiang"
 * ```
 */
export function folderOf(path: string): string {
  const normal = normalisePath(path);
  const slash = normal.lastIndexOf('/');
  return slash < 0 ? '' : normal.slice(0, slash);
}

/**
 * A path without `.` segments, with `..` applied where it can be, backslashes as `/`: two spellings of one
 * file compare equal.
 *
 * @param path - A path.
 * @returns The normal form.
 * @example
 * ```ts
 * normalisePath('./a/b/../c.csv'); // "a/c.csv"
 * ```
 */
export function normalisePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else out.push(segment);
  }
  return (absolute ? '/' : '') + out.join('/');
}

/**
 * A path a document names (`budget.csv`, `../tables/x.csv`), resolved beside the document.
 *
 * @param documentPath - The document's path.
 * @param named - The path as the document writes it.
 * @returns The normal path of the named file.
 * @example
 * ```ts
 * besideDocument('examples/langson/plan.yaml', 'budget.csv'); // "examples/langson/budget.csv"
 * ```
 */
export function besideDocument(documentPath: string, named: string): string {
  const folder = folderOf(documentPath);
  return normalisePath(named.startsWith('/') || folder === '' ? named : `${folder}/${named}`);
}
