import { createStore, get, set } from 'idb-keyval';
import { emptyHistory, parseHistory, type EditHistory } from './edit-history';
import { parseWorkspace, type Workspace } from './workspace';

/** Where the workspace (and its undo history, so undo works after a reload) is kept between visits. */
export interface WorkspaceStore {
  load(): Promise<Workspace | undefined>;
  save(workspace: Workspace): Promise<void>;
  /** The saved undo history (empty when none). */
  loadHistory?(): Promise<EditHistory>;
  saveHistory?(history: EditHistory): Promise<void>;
}

const key = 'workspace';
const historyKey = 'history';

/**
 * A store in the browser's IndexedDB (database `egov-web`), so nothing leaves the computer.
 *
 * @returns The store.
 * @example
 * ```ts
 * await indexedDbStore().save(workspace);
 * ```
 */
export function indexedDbStore(): WorkspaceStore {
  const store = createStore('egov-web', 'workspace');
  return {
    async load() {
      return parseWorkspace(await get(key, store));
    },
    async save(workspace) {
      await set(key, workspace, store);
    },
    async loadHistory() {
      return parseHistory(await get(historyKey, store));
    },
    async saveHistory(history) {
      await set(historyKey, history, store);
    },
  };
}

/**
 * A store in memory (tests, or a browser without IndexedDB).
 *
 * @param initial - The workspace to start with.
 * @returns The store.
 * @example
 * ```ts
 * const store = memoryStore();
 * ```
 */
export function memoryStore(initial?: Workspace): WorkspaceStore {
  let saved = initial;
  let savedHistory = emptyHistory();
  return {
    loadHistory() {
      return Promise.resolve(savedHistory);
    },
    saveHistory(history) {
      savedHistory = history;
      return Promise.resolve();
    },
    load() {
      return Promise.resolve(saved);
    },
    save(workspace) {
      saved = workspace;
      return Promise.resolve();
    },
  };
}
