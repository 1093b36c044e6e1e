import { foldKey, type Finding } from '@egov/core';
import { egdi, ictIndex2016, safeParseFramework, type Framework } from '@egov/ictindex';
import { locateYamlFindings } from '@egov/io';
import { UsageError } from '../context';
import { readInput } from './read-input';

// Indicator tables are read by @egov/documents; the CLI's commands import them from here.
export { indexFromTable, type IndexTable } from '@egov/documents';


/**
 * The frameworks built into `@egov/ictindex`, by the name the CLI accepts for `--framework`.
 *
 * @example
 * ```ts
 * builtInFrameworks['ict-index-2016']?.root.id; // "ict-index"
 * ```
 */
export const builtInFrameworks: Readonly<Record<string, Framework>> = {
  'ict-index-2016': ictIndex2016,
  egdi,
};

/** A framework, or the findings that say why a framework file is not one. */
export type LoadedFramework = { readonly ok: true; readonly framework: Framework } | { readonly ok: false; readonly file: string; readonly findings: readonly Finding[] };

/**
 * Resolves `--framework`: a built-in name (`ict-index-2016`, `egdi`; default `ict-index-2016`) or the path
 * of a framework in JSON or YAML, validated with `safeParseFramework`.
 *
 * @param option - The option's value.
 * @returns The framework, or the findings of an invalid or unreadable framework file.
 * @throws {UsageError} for a name that is neither built in nor a `.json`/`.yaml` path.
 * @example
 * ```ts
 * await loadFramework('egdi'); // { ok: true, framework: egdi }
 * ```
 */
export async function loadFramework(option: string | undefined): Promise<LoadedFramework> {
  const name = option ?? 'ict-index-2016';
  const builtIn = builtInFrameworks[name] ?? (name === 'ict-index' ? ictIndex2016 : undefined);
  if (builtIn !== undefined) return { ok: true, framework: builtIn };
  if (!/\.(json|ya?ml)$/i.test(name)) {
    throw new UsageError(`unknown --framework "${name}"; built in: ${Object.keys(builtInFrameworks).join(', ')}, or a .json/.yaml framework file`);
  }
  const input = await readInput(name);
  if (input.format === 'unreadable') return { ok: false, file: name, findings: input.findings };
  if (input.format !== 'document') throw new UsageError(`${name} is a table; a framework is a JSON or YAML document`);
  const parsed = safeParseFramework(input.data);
  if (!parsed.ok) return { ok: false, file: name, findings: locateYamlFindings(parsed.error, input.text, name) };
  return { ok: true, framework: parsed.value };
}

/**
 * Finds a unit id from what the user typed (`--unit "Lào Cai"`), ignoring case and diacritics, by id or
 * by the name written in the table.
 *
 * @param typed - The option's value.
 * @param units - Unit ids present.
 * @param names - Unit id → name as written.
 * @returns The unit id.
 * @throws {UsageError} when no unit matches.
 * @example
 * ```ts
 * resolveUnit('lao cai', ['Lào Cai'], { 'Lào Cai': 'Lào Cai' }); // "Lào Cai"
 * ```
 */
export function resolveUnit(typed: string, units: readonly string[], names: Readonly<Record<string, string>>): string {
  const key = foldKey(typed);
  const found = units.find((unit) => foldKey(unit) === key || foldKey(names[unit] ?? '') === key);
  if (found === undefined) throw new UsageError(`unknown --unit "${typed}"; the data has ${units.map((unit) => names[unit] ?? unit).join(', ')}`);
  return found;
}
