import type { Finding } from '@egov/core';
import { checkRankRows, describeRankChange, looksLikeRankTable, rankNodes, readRankRows } from '@egov/ictindex';
import { readCsv, tableRecords } from '@egov/io';
import { useMemo } from 'react';
import { TableExport } from '../components/table-export';
import { readIctIndexData } from '../domain/ictindex-data';
import { useLanguage } from '../i18n/messages';
import type { WhatIfSettings } from '../workspace/what-if-settings';
import { IctIndexProvinces } from './ictindex-view-provinces';

/** A unit's rank on one node (overall, group or sub-group) in two years. */
export interface RankRow {
  readonly unit: string;
  readonly node: string;
  readonly parent: string;
  readonly previous: number | undefined;
  readonly current: number | undefined;
  /** The change as the document prints it, when it does. */
  readonly printed: string;
  /** What the text says about this node that its table contradicts, or that could not be checked (`checkRankRows`). */
  readonly findings: readonly Finding[];
}

/**
 * Reads a ranks table (`unit, year, node, parent, rank, …, change_as_printed, origin`, or Vietnamese headers)
 * with `readRankRows` into one row per node with its ranks in the two latest years. Ranks of the rank
 * table win over ranks quoted in the text; a sub-group quoted only in the text is kept. Each row carries
 * what `checkRankRows` says about the node's rows: the text against its own table.
 *
 * @param text - The CSV text (Lào Cai's `ictindex-ranks.csv`).
 * @returns The years compared, the rows and the reading findings, or `undefined` when the table is not a
 *   ranks table or has fewer than two years.
 * @example
 * ```ts
 * rankRows(text)?.rows[0]; // { node: 'Xếp hạng chung', previous: 7, current: 7, … }
 * ```
 */
export function rankRows(text: string): { years: [number, number]; rows: RankRow[]; findings: readonly Finding[] } | undefined {
  const read = readCsv(text);
  if (!read.ok || !looksLikeRankTable(read.value.headers)) return undefined;
  const { rows, findings } = readRankRows(tableRecords(read.value));
  // The ranks of part of a year ("2023-06") are not the year's ranks: the view shows the years'.
  const annual = rows.filter((row) => row.month === undefined);
  const years = [...new Set(annual.map((row) => row.year))].sort((a, b) => a - b);
  const previousYear = years.at(-2);
  const currentYear = years.at(-1);
  if (previousYear === undefined || currentYear === undefined) return undefined;
  const nodes = rankNodes(annual);
  // Each finding of `checkRankRows` goes to the node of its row.
  const nodeOfRow = new Map<number, number>();
  nodes.forEach((node, index) => {
    for (const row of node.rows) if (row.location?.row !== undefined) nodeOfRow.set(row.location.row, index);
  });
  const found = nodes.map((): Finding[] => []);
  for (const finding of checkRankRows(rows)) {
    const index = finding.location?.row === undefined ? undefined : nodeOfRow.get(finding.location.row);
    if (index !== undefined) found[index]?.push(finding);
  }
  return {
    years: [previousYear, currentYear],
    rows: nodes.map((node, index) => ({
      unit: node.unit,
      node: node.node,
      parent: node.parent ?? '',
      previous: node.ranks.get(previousYear)?.rank,
      current: node.ranks.get(currentYear)?.rank,
      printed: node.rows.find((row) => row.change !== undefined)?.change ?? '',
      findings: found[index] ?? [],
    })),
    findings,
  };
}

/** Props of {@link IctIndexView}. */
export interface IctIndexViewProps {
  readonly files: readonly { readonly name: string; readonly text: string }[];
  /** The what-if settings kept for the folder's indicator files, by file name. */
  readonly whatIf?: Readonly<Record<string, WhatIfSettings>>;
  /** Keeps a file's what-if settings (`undefined`: reset). */
  readonly onWhatIf?: (file: string, settings: WhatIfSettings | undefined) => void;
}

/**
 * The ICT-Index view: a unit's ranks by overall index, group and sub-group in two years, with the
 * year-over-year change in the words of the plans (`describeRankChange`) beside the change as printed;
 * and, for a table of indicator values of several provinces, the ranking of all of them with a profile,
 * year-over-year sentences and what-if sliders ({@link IctIndexProvinces}).
 *
 * @param props - The folder's files (the view uses the first ranks table and the first indicator table), the
 *   what-if settings saved for them by file name, and where to save new ones.
 * @returns The view.
 * @example
 * ```tsx
 * <IctIndexView files={[{ name: 'ictindex-ranks.csv', text }]} />
 * ```
 */
export function IctIndexView({ files, whatIf, onWhatIf }: IctIndexViewProps) {
  const { t } = useLanguage();
  const found = useMemo(
    () => files.map((file) => ({ file, ranks: file.name.endsWith('.csv') ? rankRows(file.text) : undefined })).find((candidate) => candidate.ranks !== undefined),
    [files],
  );
  // A table of raw indicator values of several provinces (not a ranks table) feeds the ranking and what-ifs.
  const data = useMemo(() => {
    for (const file of files) {
      if (!file.name.toLowerCase().endsWith('.csv') || file === found?.file) continue;
      const read = readIctIndexData(file.name, file.text);
      if (read !== undefined) return read;
    }
    return undefined;
  }, [files, found]);
  if (found?.ranks === undefined && data === undefined) return <p className="empty">{t('noIct')}</p>;
  return (
    <div>
      <header className="view-header">
        <h2>{t('ictindex')}</h2>
        {found === undefined ? null : <p className="muted">{found.file.name}</p>}
      </header>
      {found?.ranks === undefined ? null : <RankChangesTable ranks={found.ranks} />}
      {data === undefined ? null : (
        <IctIndexProvinces
          key={data.file}
          data={data}
          saved={whatIf?.[data.file]}
          onSave={(settings) => {
            onWhatIf?.(data.file, settings);
          }}
        />
      )}
    </div>
  );
}

/** The row class of the most severe finding of a row (`has-error`, `has-warning`), or none. */
function rowSeverityClass(row: RankRow): string {
  if (row.findings.some((finding) => finding.severity === 'error')) return 'has-error';
  return row.findings.some((finding) => finding.severity === 'warning') ? 'has-warning' : '';
}

function RankChangesTable({ ranks }: { readonly ranks: { years: [number, number]; rows: RankRow[] } }) {
  const { t, language } = useLanguage();
  const [previousYear, currentYear] = ranks.years;
  const headers = [
    language === 'vi' ? 'Đơn vị' : 'Unit',
    language === 'vi' ? 'Chỉ số / nhóm' : 'Index / group',
    String(previousYear),
    String(currentYear),
    language === 'vi' ? 'Thay đổi (tính)' : 'Change (computed)',
    language === 'vi' ? 'Văn bản ghi' : 'As printed',
  ];
  const change = (row: RankRow): string =>
    row.previous === undefined || row.current === undefined
      ? '—'
      : describeRankChange({ previousYear, currentYear, previousRank: row.previous, currentRank: row.current }, { language });
  return (
    <>
    <TableExport
      name={`ict-rank-changes-${String(previousYear)}-${String(currentYear)}`}
      label={`${t('rankChanges')} ${String(previousYear)}→${String(currentYear)}`}
      table={() => ({
        headers: [...headers, language === 'vi' ? 'Kiểm tra' : 'Check'],
        rows: ranks.rows.map((row) => [row.unit, row.node, row.previous, row.current, change(row), row.printed, row.findings.map((finding) => finding.message[language]).join('; ')]),
      })}
    />
    <table className="data ict">
      <caption>
        {t('rankChanges')} {previousYear}→{currentYear}
      </caption>
      <thead>
        <tr>
          <th scope="col">{language === 'vi' ? 'Đơn vị' : 'Unit'}</th>
          <th scope="col">{language === 'vi' ? 'Chỉ số / nhóm' : 'Index / group'}</th>
          <th scope="col" className="num">
            {previousYear}
          </th>
          <th scope="col" className="num">
            {currentYear}
          </th>
          <th scope="col">{language === 'vi' ? 'Thay đổi (tính)' : 'Change (computed)'}</th>
          <th scope="col">{language === 'vi' ? 'Văn bản ghi' : 'As printed'}</th>
        </tr>
      </thead>
      <tbody>
        {ranks.rows.map((row) => (
          <tr key={row.unit + row.node} className={[row.parent === '' ? 'grand' : '', rowSeverityClass(row)].filter((name) => name !== '').join(' ')}>
            <td>{row.unit}</td>
            <th scope="row" className={row.parent === '' || row.parent === 'Xếp hạng chung' ? '' : 'indent'}>
              {row.node}
            </th>
            <td className="num">{row.previous ?? '—'}</td>
            <td className="num">{row.current ?? '—'}</td>
            <td>{change(row)}</td>
            <td>
              <span lang="vi" className="muted">
                {row.printed}
              </span>
              {row.findings.map((finding, index) => (
                <span key={index} className={`field-note ${finding.severity}`}>
                  {finding.message[language]}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}
