import { createStore, get, set } from 'idb-keyval';
import { parseWorkspace, type Workspace } from './workspace';

/** Where the workspace is kept between visits. */
export interface WorkspaceStore {
  load(): Promise<Workspace | undefined>;
  save(workspace: Workspace): Promise<void>;
}

const key = 'workspace';

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
  return {
    load() {
      return Promise.resolve(saved);
    },
    save(workspace) {
      saved = workspace;
      return Promise.resolve();
    },
  };
}
