import { foldKey, parseJsonPointer, type Finding } from '@egov/core';
import { fromRows, treatAsInputs, type Framework, type FrameworkNode, type IndexData } from '@egov/ictindex';
import { locateFindings, tableRecords, type Table } from '@egov/io';
import type { TableReading } from '../kinds/table-reading';

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
 * @param reading - The user's column mapping and notation (`--columns`, `--notation`).
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
