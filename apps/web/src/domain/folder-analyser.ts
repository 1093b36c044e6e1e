import type { AmountUnit } from '@egov/budget';
import type { FolderAnalysis } from './analyse-folder';

/** Checks a folder's files; the unit of each budget table that does not say it is given by file name. */
export type FolderAnalyser = (
  files: readonly { readonly name: string; readonly text: string }[],
  units: Readonly<Record<string, AmountUnit>>,
) => Promise<FolderAnalysis>;

/**
 * An analyser that runs on the calling thread (tests, or a browser without module workers).
 *
 * @returns The analyser; `@egov` validation code is loaded on first use.
 * @example
 * ```ts
 * const analysis = await inlineAnalyser()([{ name: 'budget.csv', text }], { 'budget.csv': 'ty' });
 * ```
 */
export function inlineAnalyser(): FolderAnalyser {
  return async (files, units) => {
    const { analyseFolder } = await import('./analyse-folder');
    return analyseFolder(files, (name) => units[name]);
  };
}

type Reply = { readonly id: number; readonly analysis: FolderAnalysis } | { readonly id: number; readonly error: string };

/**
 * An analyser that runs in a Web Worker (`analysis.worker.ts`), falling back to the calling thread when
 * the worker cannot start or fails.
 *
 * @returns The analyser.
 * @example
 * ```ts
 * createRoot(element).render(<App analyse={workerAnalyser()} … />);
 * ```
 */
export function workerAnalyser(): FolderAnalyser {
  const inline = inlineAnalyser();
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inline;
  }
  const pending = new Map<number, { resolve: (analysis: FolderAnalysis) => void; fallback: () => void }>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if ('analysis' in reply) waiting.resolve(reply.analysis);
    else waiting.fallback();
  });
  worker.addEventListener('error', () => {
    worker = undefined;
    for (const waiting of pending.values()) waiting.fallback();
    pending.clear();
  });
  return (files, units) => {
    const current = worker;
    if (current === undefined) return inline(files, units);
    const id = next++;
    return new Promise<FolderAnalysis>((resolve, reject) => {
      pending.set(id, {
        resolve,
        fallback: () => {
          inline(files, units).then(resolve, reject);
        },
      });
      current.postMessage({ id, files, units });
    });
  };
}
