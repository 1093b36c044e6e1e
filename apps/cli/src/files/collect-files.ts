import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** File extensions the CLI reads. */
export const readableExtensions: readonly string[] = ['.yaml', '.yml', '.json', '.csv', '.xlsx'];

/**
 * Expands the paths a user gave: files as they are, folders recursively (skipping hidden entries and
 * `node_modules`) to the files with a readable extension, in a stable order.
 *
 * @param paths - Files and folders.
 * @returns The files, or the first path that does not exist.
 * @example
 * ```ts
 * await collectFiles(['examples']); // { files: ['examples/hagiang-2013-roadmap/budget.csv', …] }
 * ```
 */
export async function collectFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      continue;
    }
    // A loop, not push(...list): a folder of 200 000 files would overflow the call stack as arguments.
    if (info.isDirectory()) for (const file of await walk(path)) files.push(file);
    else files.push(path);
  }
  return { files, missing };
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) for (const file of await walk(path)) found.push(file);
    else if (readableExtensions.includes(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}
