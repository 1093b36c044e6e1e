import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { declaredUnit } from '@egov/documents';
import { readYaml } from '@egov/io';

/**
 * The unit a companion document states for a table: a YAML file in the same folder that lists the table
 * as `{ file: "budget.csv", unit: "tỷ đồng" }` (as the examples' `roadmap.yaml` and `plan.yaml` do). A
 * budget table copied from a document often leaves the unit in the caption above it ("Đơn vị: tỷ
 * đồng"); the companion document keeps it.
 *
 * @param file - The table's path.
 * @returns The unit text as written, or `undefined` when no companion states one.
 * @example
 * ```ts
 * await companionUnit('examples/hagiang-2013-roadmap/budget.csv'); // "tỷ đồng"
 * ```
 */
export async function companionUnit(file: string): Promise<string | undefined> {
  const folder = dirname(file);
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return undefined;
  }
  const name = basename(file);
  for (const entry of entries.sort()) {
    const extension = extname(entry).toLowerCase();
    if (extension !== '.yaml' && extension !== '.yml') continue;
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(folder, entry));
    } catch {
      continue;
    }
    const result = readYaml(bytes, { file: entry });
    if (!result.ok) continue;
    const unit = declaredUnit(result.value, name);
    if (unit !== undefined) return unit;
  }
  return undefined;
}
