import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '@egov/core';
import { describe, expect, it } from 'vitest';
// The web app's folder analysis, run here beside `egov check`: both must render one `@egov/documents` analysis.
import { analyseFolder } from '../../../web/src/domain/analyse-folder';
import type { CliIo } from '../output/cli-io';
import { runCli } from '../run-cli';

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));
const readable = ['.yaml', '.yml', '.json', '.csv'];

/**
 * The document sets under a folder: each folder that holds readable files and no subfolder (a bundled
 * example, or one document of the field corpus in examples/field/<name>), by its path under examples/.
 */
function documentSets(folder: string, under = ''): string[] {
  const entries = readdirSync(folder, { withFileTypes: true });
  const subfolders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  if (subfolders.length === 0) return entries.some((entry) => entry.isFile() && readable.includes(extname(entry.name).toLowerCase())) ? [under] : [];
  return subfolders.flatMap((name) => documentSets(join(folder, name), under === '' ? name : `${under}/${name}`));
}
const folders = documentSets(examples);

interface CheckJson {
  readonly files: readonly { readonly file: string; readonly findings: readonly Finding[] }[];
  readonly skipped: readonly string[];
}

/** A finding with its file named as in the folder (the CLI names the path it was given, the web the file name). */
const inFolder = (finding: Finding, folder: string): Finding =>
  finding.location?.file === undefined ? finding : { ...finding, location: { ...finding.location, file: finding.location.file.replace(`${folder}/`, '') } };

describe('egov check --json and the web app give the same findings on every example folder', () => {
  it('finds the bundled examples and the field corpus', () => {
    expect(folders).toContain('thaibinh-2013-roadmap');
    expect(folders.filter((folder) => folder.startsWith('field/')).length).toBeGreaterThanOrEqual(12);
  });
  it.each(folders)('%s', async (name) => {
    const folder = join(examples, name);
    let stdout = '';
    const io: CliIo = { stdout: (text) => (stdout += text), stderr: () => undefined, env: {}, isTTY: false };
    await runCli(['check', folder, '--json'], io);
    const cli = JSON.parse(stdout) as CheckJson;

    const files = readdirSync(folder)
      // Hidden files are not part of a folder for `egov check` (the field corpus keeps its expectations in one).
      .filter((file) => !file.startsWith('.') && readable.includes(extname(file).toLowerCase()))
      .sort()
      .map((file) => ({ name: file, text: readFileSync(join(folder, file), 'utf8') }));
    const web = analyseFolder(files);

    const cliByFile = new Map(cli.files.map((entry) => [entry.file.replace(`${folder}/`, ''), entry.findings.map((finding) => inFolder(finding, folder))]));
    const webChecked = new Map(web.files.filter((file) => file.kindId !== undefined || file.kind === 'unreadable').map((file) => [file.name, file.findings]));
    expect(cliByFile.size).toBeGreaterThan(0);
    expect(webChecked).toEqual(cliByFile);
    // The files `egov check` skips are the files of no kind in the web app.
    expect(cli.skipped.map((file) => file.replace(`${folder}/`, ''))).toEqual(web.files.filter((file) => file.kindId === undefined && file.kind !== 'unreadable').map((file) => file.name));
  });
});
