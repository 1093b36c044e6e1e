import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCsv } from '@egov/io';
import { UsageError, type CommandContext } from '../context';
import { roadmapYaml } from '../templates/roadmap-yaml';
import { workspaceReadme } from '../templates/workspace-readme';
import { workspaceTables } from '../templates/workspace-tables';

/** Options of `egov init`. */
export interface InitOptions {
  /** Write into a folder that is not empty (existing files are still never overwritten). */
  readonly force?: boolean;
}

async function entriesOf(folder: string): Promise<string[] | undefined> {
  let info;
  try {
    info = await stat(folder);
  } catch {
    return undefined;
  }
  if (!info.isDirectory()) throw new UsageError(`${folder} is a file; give a folder to create the workspace in`);
  return readdir(folder);
}

/**
 * `egov init <folder>`: creates a ready-to-fill workspace: `roadmap.yaml` (valid, with the schema comment
 * and commented examples of every section), `budget.csv`, `catalogue.csv`, `records.csv`,
 * `indicators.csv` (Vietnamese headers the readers accept, one example row each, UTF-8 with a byte-order
 * mark so Excel shows the diacritics) and a `README.md` (Vietnamese, English with `--lang en`). A folder
 * that is not empty is refused unless `--force`; even then an existing file is never overwritten (each
 * file is created exclusively) and the skipped ones are listed.
 *
 * @param context - The command's context.
 * @param folder - The folder to create (or fill).
 * @param options - `--force`.
 * @returns 0.
 * @throws {UsageError} for a non-empty folder without `--force`, or a path that is a file.
 * @example
 * ```ts
 * await initCommand(context, 'bac-ninh-2026', {}); // then: egov check bac-ninh-2026
 * ```
 */
export async function initCommand(context: CommandContext, folder: string, options: InitOptions): Promise<number> {
  const existing = await entriesOf(folder);
  if (existing !== undefined && existing.length > 0 && options.force !== true) {
    throw new UsageError(`${folder} is not empty (${existing.slice(0, 5).join(', ')}${existing.length > 5 ? ', …' : ''}); use --force to add the missing files (existing files are never overwritten)`);
  }
  await mkdir(folder, { recursive: true });
  const files: { name: string; text: string }[] = [
    { name: 'README.md', text: workspaceReadme(context.lang) },
    { name: 'roadmap.yaml', text: roadmapYaml() },
    ...workspaceTables().map((entry) => ({ name: entry.file, text: writeCsv(entry.table, { bom: true }) })),
  ];
  const created: string[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    try {
      // "wx": create only; an existing file (or one created meanwhile) is left as it is.
      await writeFile(join(folder, file.name), file.text, { encoding: 'utf8', flag: 'wx' });
      created.push(file.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      skipped.push(file.name);
    }
  }
  if (context.format === 'json') {
    context.io.stdout(JSON.stringify({ folder, created, skipped }, null, 2) + '\n');
    return 0;
  }
  const vi = context.lang === 'vi';
  context.say(context.style.bold(vi ? `Đã tạo ${folder}:` : `Created ${folder}:`));
  for (const name of created) context.say(`  ${name}`);
  if (skipped.length > 0) {
    context.say(vi ? `Bỏ qua (đã có, không ghi đè): ${skipped.join(', ')}` : `Skipped (already there, not overwritten): ${skipped.join(', ')}`);
  }
  context.say('');
  context.say(vi ? 'Tiếp theo: điền số liệu (xem README.md), rồi' : 'Next: fill in your data (see README.md), then');
  context.say(`  egov check ${folder}`);
  return 0;
}
