import { createContext } from 'react';

/**
 * The id of the document set (folder) on screen, e.g. `today-2026-catalogue` or `imported`, provided by
 * the app shell so that exported files are named after it (see `TableExport`). Empty outside the app.
 *
 * @example
 * ```tsx
 * <DocumentSetContext value={workspace.folder}>{view}</DocumentSetContext>
 * ```
 */
export const DocumentSetContext = createContext('');
