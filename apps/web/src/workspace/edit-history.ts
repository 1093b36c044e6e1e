import { amountUnits, type AmountUnit } from '@egov/budget';
import type { Workspace, WorkspaceFile } from './workspace';

/**
 * What an undo step restores: the user's content (files and chosen units) and the folder the change was
 * made in. The language and the folder on screen are not content: switching them is never undone.
 */
export interface WorkspaceContent {
  readonly folder: string;
  readonly files: readonly WorkspaceFile[];
  readonly units?: Workspace['units'];
}

/** One undo history per workspace: every content change (budget cells, roadmap entries, imports, reverts). */
export interface EditHistory {
  /** Older states, the most recent last. */
  readonly past: readonly WorkspaceContent[];
  /** States undone, the next to redo last. */
  readonly future: readonly WorkspaceContent[];
}

/**
 * How many steps are kept (older ones are dropped); the history is saved with the workspace.
 *
 * @example
 * ```ts
 * historyLimit; // 50
 * ```
 */
export const historyLimit = 50;

/**
 * An empty history.
 *
 * @returns No past, no future.
 * @example
 * ```ts
 * emptyHistory().past.length; // 0
 * ```
 */
export function emptyHistory(): EditHistory {
  return { past: [], future: [] };
}

/**
 * The content of a workspace as an undo step.
 *
 * @param workspace - The workspace.
 * @returns Its folder, files and units.
 * @example
 * ```ts
 * contentOf(workspace).files === workspace.files; // true
 * ```
 */
export function contentOf(workspace: Workspace): WorkspaceContent {
  return { folder: workspace.folder, files: workspace.files, ...(workspace.units === undefined ? {} : { units: workspace.units }) };
}

/**
 * Records a change: the state before it goes on the past, the future is dropped (a new edit after an undo
 * starts a new branch, as in every editor).
 *
 * @param history - The history.
 * @param before - The workspace before the change.
 * @returns The new history, at most {@link historyLimit} steps.
 * @example
 * ```ts
 * record(emptyHistory(), workspace).past.length; // 1
 * ```
 */
export function record(history: EditHistory, before: Workspace): EditHistory {
  return { past: [...history.past, contentOf(before)].slice(-historyLimit), future: [] };
}

/**
 * Lays an undo step's content over the workspace (keeping its language and what-if settings, which are
 * not content), opening the folder the step was made in so the user sees what changed.
 *
 * @param workspace - The workspace now.
 * @param content - The content to restore.
 * @returns The restored workspace.
 * @example
 * ```ts
 * restore(workspace, history.past[0]).files;
 * ```
 */
export function restore(workspace: Workspace, content: WorkspaceContent): Workspace {
  const rest: Workspace = {
    format: workspace.format,
    version: workspace.version,
    folder: workspace.folder,
    language: workspace.language,
    files: workspace.files,
    ...(workspace.whatIf === undefined ? {} : { whatIf: workspace.whatIf }),
  };
  return { ...rest, folder: content.folder, files: content.files, ...(content.units === undefined ? {} : { units: content.units }) };
}

/**
 * Undoes the last change.
 *
 * @param history - The history.
 * @param current - The workspace now.
 * @returns The restored workspace and the new history, or `undefined` when there is nothing to undo.
 * @example
 * ```ts
 * undo(record(emptyHistory(), before), after)?.workspace; // before
 * ```
 */
export function undo(history: EditHistory, current: Workspace): { workspace: Workspace; history: EditHistory } | undefined {
  const previous = history.past.at(-1);
  if (previous === undefined) return undefined;
  return {
    workspace: restore(current, previous),
    history: { past: history.past.slice(0, -1), future: [...history.future, { ...contentOf(current), folder: previous.folder }] },
  };
}

/**
 * Redoes the last undone change.
 *
 * @param history - The history.
 * @param current - The workspace now.
 * @returns The restored workspace and the new history, or `undefined` when there is nothing to redo.
 * @example
 * ```ts
 * redo(undone.history, undone.workspace)?.workspace; // after
 * ```
 */
export function redo(history: EditHistory, current: Workspace): { workspace: Workspace; history: EditHistory } | undefined {
  const next = history.future.at(-1);
  if (next === undefined) return undefined;
  return {
    workspace: restore(current, next),
    history: { past: [...history.past, { ...contentOf(current), folder: next.folder }].slice(-historyLimit), future: history.future.slice(0, -1) },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function parseContent(value: unknown): WorkspaceContent | undefined {
  if (!isRecord(value) || typeof value.folder !== 'string' || !Array.isArray(value.files)) return undefined;
  const files: WorkspaceFile[] = [];
  for (const file of value.files as unknown[]) {
    if (!isRecord(file) || typeof file.folder !== 'string' || typeof file.name !== 'string' || typeof file.text !== 'string') return undefined;
    files.push({ folder: file.folder, name: file.name, text: file.text });
  }
  if (!isRecord(value.units)) return { folder: value.folder, files };
  const units: Record<string, AmountUnit> = {};
  for (const [key, unit] of Object.entries(value.units)) {
    const known = amountUnits.find((candidate) => candidate === unit);
    if (known !== undefined) units[key] = known;
  }
  return { folder: value.folder, files, units };
}

/**
 * Checks a history read back from IndexedDB.
 *
 * @param value - The stored value.
 * @returns The history, or an empty one when the value is not a history.
 * @example
 * ```ts
 * parseHistory(undefined); // { past: [], future: [] }
 * ```
 */
export function parseHistory(value: unknown): EditHistory {
  if (!isRecord(value) || !Array.isArray(value.past) || !Array.isArray(value.future)) return emptyHistory();
  const past = (value.past as unknown[]).map(parseContent);
  const future = (value.future as unknown[]).map(parseContent);
  if (past.some((step) => step === undefined) || future.some((step) => step === undefined)) return emptyHistory();
  return { past: past.filter((step) => step !== undefined), future: future.filter((step) => step !== undefined) };
}
