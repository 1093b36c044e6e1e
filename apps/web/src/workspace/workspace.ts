import { amountUnits, type AmountUnit } from '@egov/budget';
import type { Language } from '@egov/core';
import { isNeutralWhatIf, parseWhatIfSettings, type WhatIfSettings } from './what-if-settings';

/** A file of the workspace: an imported file, or an edited copy of an example file. */
export interface WorkspaceFile {
  /** The folder: an example's id, or {@link importFolder}. */
  readonly folder: string;
  readonly name: string;
  /** The file's text (XLSX imports are stored as CSV text). */
  readonly text: string;
}

/** Everything the user has done: saved to IndexedDB, exported and imported as one JSON file. */
export interface Workspace {
  readonly format: 'egov-workspace';
  readonly version: 1;
  /** The folder on screen. */
  readonly folder: string;
  readonly language: Language;
  readonly files: readonly WorkspaceFile[];
  /** The unit the user chose for a table whose headers do not say, by `folder/name`. */
  readonly units?: Readonly<Record<string, AmountUnit>>;
  /**
   * The what-if settings of the ICT-Index view, by `folder/name` of the indicator file. A view setting, not
   * content: undo does not touch it. Absent in workspaces saved before it existed: they open with none.
   */
  readonly whatIf?: Readonly<Record<string, WhatIfSettings>>;
}

/** The folder imported files go to. */
export const importFolder = 'imported';

/**
 * An empty workspace on a folder.
 *
 * @param folder - The folder to open.
 * @returns A workspace without files, in Vietnamese.
 * @example
 * ```ts
 * emptyWorkspace('hagiang-2013-roadmap').files; // []
 * ```
 */
export function emptyWorkspace(folder: string): Workspace {
  return { format: 'egov-workspace', version: 1, folder, language: 'vi', files: [] };
}

/**
 * Adds a file to the workspace, replacing the file of the same folder and name.
 *
 * @param workspace - The workspace.
 * @param file - The new file.
 * @returns A new workspace.
 * @example
 * ```ts
 * putFile(workspace, { folder: 'imported', name: 'budget.csv', text: 'STT,…' });
 * ```
 */
export function putFile(workspace: Workspace, file: WorkspaceFile): Workspace {
  const others = workspace.files.filter((other) => other.folder !== file.folder || other.name !== file.name);
  return { ...workspace, files: [...others, file] };
}

/**
 * Drops the workspace's copy of a file: an edited example file goes back to its bundled original, an
 * imported file is removed.
 *
 * @param workspace - The workspace.
 * @param folder - The file's folder.
 * @param name - The file's name.
 * @returns A new workspace.
 * @example
 * ```ts
 * removeFile(workspace, 'thaibinh-2013-roadmap', 'roadmap.yaml'); // back to the bundled roadmap
 * ```
 */
export function removeFile(workspace: Workspace, folder: string, name: string): Workspace {
  return { ...workspace, files: workspace.files.filter((file) => file.folder !== folder || file.name !== name) };
}

/**
 * The files of a folder: the bundled files with the workspace's copies laid over them.
 *
 * @param workspace - The workspace.
 * @param folder - The folder.
 * @param bundled - The folder's bundled example files.
 * @returns The files, sorted by name.
 * @example
 * ```ts
 * folderFiles(workspace, 'imported', []); // the imported files
 * ```
 */
export function folderFiles(
  workspace: Workspace,
  folder: string,
  bundled: readonly { readonly name: string; readonly text: string }[],
): WorkspaceFile[] {
  const byName = new Map<string, WorkspaceFile>(bundled.map((file) => [file.name, { folder, ...file }]));
  for (const file of workspace.files) if (file.folder === folder) byName.set(file.name, file);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Checks a value read back from IndexedDB or from an exported file.
 *
 * @param value - The parsed JSON.
 * @returns The workspace, or `undefined` when the value is not one.
 * @example
 * ```ts
 * parseWorkspace(JSON.parse(exportWorkspace(workspace))); // the same workspace
 * ```
 */
export function parseWorkspace(value: unknown): Workspace | undefined {
  if (!isRecord(value) || value.format !== 'egov-workspace' || value.version !== 1) return undefined;
  const { folder, language, files } = value;
  if (typeof folder !== 'string' || (language !== 'vi' && language !== 'en') || !Array.isArray(files)) return undefined;
  const checked: WorkspaceFile[] = [];
  for (const file of files as unknown[]) {
    if (!isRecord(file) || typeof file.folder !== 'string' || typeof file.name !== 'string' || typeof file.text !== 'string') {
      return undefined;
    }
    checked.push({ folder: file.folder, name: file.name, text: file.text });
  }
  const units: Record<string, AmountUnit> = {};
  if (isRecord(value.units)) {
    for (const [key, unit] of Object.entries(value.units)) {
      const known = amountUnits.find((candidate) => candidate === unit);
      if (known === undefined) return undefined;
      units[key] = known;
    }
  }
  const whatIf: Record<string, WhatIfSettings> = {};
  if (isRecord(value.whatIf)) {
    for (const [key, settings] of Object.entries(value.whatIf)) {
      const parsed = parseWhatIfSettings(settings);
      if (parsed !== undefined) whatIf[key] = parsed;
    }
  }
  return {
    format: 'egov-workspace',
    version: 1,
    folder,
    language,
    files: checked,
    ...(Object.keys(units).length === 0 ? {} : { units }),
    ...(Object.keys(whatIf).length === 0 ? {} : { whatIf }),
  };
}

/**
 * The key of a file's what-if settings in {@link Workspace.whatIf}: its folder and name, as for units.
 *
 * @param folder - The file's folder.
 * @param name - The file's name.
 * @returns `folder/name`.
 * @example
 * ```ts
 * whatIfKey('synthetic-ictindex-63', 'synthetic-ictindex-63.csv'); // "synthetic-ictindex-63/synthetic-ictindex-63.csv"
 * ```
 */
export function whatIfKey(folder: string, name: string): string {
  return `${folder}/${name}`;
}

/**
 * Keeps (or, with `undefined` or settings that change nothing, drops) the what-if settings of a file.
 *
 * @param workspace - The workspace.
 * @param key - The file's {@link whatIfKey}.
 * @param settings - The settings, or `undefined` to reset.
 * @returns A new workspace; without a `whatIf` field when no file has settings left.
 * @example
 * ```ts
 * putWhatIf(workspace, whatIfKey('imported', 'ict.csv'), { weights: { 'it-application': 2 } });
 * ```
 */
export function putWhatIf(workspace: Workspace, key: string, settings: WhatIfSettings | undefined): Workspace {
  const { whatIf, ...rest } = workspace;
  const others = Object.fromEntries(Object.entries(whatIf ?? {}).filter(([other]) => other !== key));
  const next = settings === undefined || isNeutralWhatIf(settings) ? others : { ...others, [key]: settings };
  return Object.keys(next).length === 0 ? rest : { ...rest, whatIf: next };
}

/**
 * The workspace as the text of one JSON file.
 *
 * @param workspace - The workspace.
 * @returns Indented JSON; {@link parseWorkspace} reads it back without loss.
 * @example
 * ```ts
 * exportWorkspace(emptyWorkspace('imported')); // '{\n  "format": "egov-workspace", …'
 * ```
 */
export function exportWorkspace(workspace: Workspace): string {
  return `${JSON.stringify(workspace, null, 2)}\n`;
}
