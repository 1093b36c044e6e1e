import { foldKey, parseJsonPointer, type Finding } from '@egov/core';
import { egdi, fromRows, ictIndex2016, safeParseFramework, treatAsInputs, type Framework, type FrameworkNode, type IndexData } from '@egov/ictindex';
import { locateFindings, locateYamlFindings, tableRecords, type Table } from '@egov/io';
import { UsageError } from '../context';
import { readInput } from './read-input';


import type { TableReading } from './table-reading';

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

function composites(node: FrameworkNode, out: FrameworkNode[] = []): FrameworkNode[] {
  if (node.children === undefined) return out;
  out.push(node);
  for (const child of node.children) composites(child, out);
  return out;
}

/** Index data read from a table, per year, with the framework it fits. */
export interface IndexTable {
  /** The framework, with composite nodes the table gives directly turned into inputs. */
  readonly framework: Framework;
  /** Ids of composite nodes taken as inputs (a table of published group or sub-group indices). */
  readonly inputs: readonly string[];
  readonly datasets: readonly IndexData[];
  /** Unit id → name as written. */
  readonly unitNames: Readonly<Record<string, string>>;
  /** Reading findings, located at the user's row and column. */
  readonly findings: readonly Finding[];
}

/**
 * Reads indicator values from a table (long: unit, indicator, year, value; or wide: one column per
 * indicator) with `@egov/ictindex`'s `fromRows`. Columns or indicator names that are composite nodes of
 * the framework (a table of published sub-group indices) make those nodes inputs (`treatAsInputs`).
 *
 * @param table - The table.
 * @param file - The file name to show.
 * @param framework - The framework.
 * @returns The datasets and findings.
 * @example
 * ```ts
 * const data = indexFromTable(table, 'ictindex.csv', ictIndex2016, { notation: 'en' });
 * data.datasets.map((d) => d.year); // [2016, 2017]
 * ```
 */
export function indexFromTable(table: Table, file: string, framework: Framework, reading: TableReading = {}): IndexTable {
  const records = tableRecords(table);
  const texts = new Set([...table.headers, ...records.flatMap((record) => Object.values(record.cells).filter((cell) => typeof cell === 'string'))].map(foldKey));
  const inputs = composites(framework.root)
    .filter((node) => node.id !== framework.root.id && [node.id, node.name.vi, node.name.en].some((key) => texts.has(foldKey(key))))
    .map((node) => node.id);
  // Keep only the highest composites named: a sub-group under a group that is itself an input is gone.
  const effective = inputs.length === 0 ? framework : treatAsInputs(framework, topmost(framework.root, new Set(inputs)));
  const { datasets, unitNames, findings } = fromRows(
    effective,
    records.map((record) => record.cells),
    {
      location: { file },
      ...(reading.columns === undefined ? {} : { columns: reading.columns }),
      ...(reading.notation === undefined ? {} : { notation: reading.notation }),
    },
  );
  // fromRows counts rows from a header in row 1; point at the table's own row numbers instead.
  const rowFixed = findings.map((finding) => {
    const [collection, index] = parseJsonPointer(finding.path);
    const row = collection === 'rows' ? table.rows[Number(index)]?.row : undefined;
    return row === undefined ? finding : { ...finding, location: { ...finding.location, row } };
  });
  return {
    framework: effective,
    inputs: inputs.length === 0 ? [] : topmost(framework.root, new Set(inputs)),
    datasets,
    unitNames,
    findings: locateFindings(rowFixed, table),
  };
}

function topmost(node: FrameworkNode, ids: ReadonlySet<string>): string[] {
  if (ids.has(node.id)) return [node.id];
  return (node.children ?? []).flatMap((child) => topmost(child, ids));
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
