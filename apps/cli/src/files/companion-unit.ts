import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { readYaml } from '@egov/io';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function unitFor(node: unknown, name: string): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = unitFor(item, name);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(node)) return undefined;
  if (node.file === name && typeof node.unit === 'string') return node.unit;
  for (const value of Object.values(node)) {
    const found = unitFor(value, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

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
    const unit = unitFor(result.value, name);
    if (unit !== undefined) return unit;
  }
  return undefined;
}
