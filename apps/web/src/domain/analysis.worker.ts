// Checks a folder off the main thread, so a large workbook or roadmap never freezes the page.
import type { AmountUnit } from '@egov/budget';
import { analyseFolder } from './analyse-folder';

/** A request to the analysis worker. */
interface AnalysisRequest {
  readonly id: number;
  readonly files: readonly { readonly name: string; readonly text: string }[];
  readonly units: Readonly<Record<string, AmountUnit>>;
}

self.addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  const { id, files, units } = event.data;
  try {
    self.postMessage({ id, analysis: analyseFolder(files, (name) => units[name]) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
