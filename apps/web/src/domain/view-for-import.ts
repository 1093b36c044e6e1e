import type { FileSummary } from './analyse-folder';

/** The page an import opens on, by what its files turned out to be. */
export type ImportView = 'procedures' | 'budget' | 'roadmap' | 'overview';

const order: readonly [FileSummary['kind'], ImportView][] = [
  ['roadmap', 'roadmap'],
  ['budget', 'budget'],
  ['procedures', 'procedures'],
];

/**
 * Chooses the page to show after an import, once the imported files are analysed: the roadmap view for a
 * roadmap, else the budget view for a budget table, else the procedures view for a catalogue or a count by
 * level, else the overview (unreadable files, documents the app does not model), where their findings are.
 *
 * @param files - The analysed files of the import folder.
 * @param imported - Names of the files just imported.
 * @returns The view to open.
 * @example
 * ```ts
 * viewForImport([{ name: 'catalogue.csv', kind: 'procedures', findings: [] }], ['catalogue.csv']); // 'procedures'
 * ```
 */
export function viewForImport(files: readonly FileSummary[], imported: readonly string[]): ImportView {
  const kinds = new Set(files.filter((file) => imported.includes(file.name)).map((file) => file.kind));
  return order.find(([kind]) => kinds.has(kind))?.[1] ?? 'overview';
}
