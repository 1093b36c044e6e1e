import type { Finding } from '@egov/core';
import { describeRankChange } from '@egov/ictindex';
import { Fragment, useMemo } from 'react';
import { BudgetTotalsTable } from '../components/budget-totals-table';
import { FileCountsTable } from '../components/file-counts-table';
import { KeyFigures } from '../components/key-figures';
import { ProgressPanel } from '../components/progress-panel';
import { ProjectionChart } from '../components/projection-chart';
import { SeverityCounts } from '../components/severity-counts';
import { TableExport } from '../components/table-export';
import type { FolderAnalysis } from '../domain/analyse-folder';
import { catalogueOf } from '../domain/target-progress';
import { useLanguage } from '../i18n/messages';
import { rankRows } from './ictindex-view';

/** Props of {@link ReportView}. */
export interface ReportViewProps {
  readonly analysis: FolderAnalysis;
  /** The document set's label. */
  readonly title: string;
  /** The folder's files (for the ICT-Index rank changes, when there is a ranks table). */
  readonly files: readonly { readonly name: string; readonly text: string }[];
}

const where = (finding: Finding): string => {
  const { location } = finding;
  const parts = [location?.row === undefined ? '' : `R${String(location.row)}`, location?.column === undefined ? '' : `C${location.column}`].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' ') : finding.path;
};

/**
 * A print-friendly report of the open document set (route `#/report`): key figures, findings by severity
 * and by file, the projection chart, budget totals with amounts in words, progress against targets, and
 * ICT-Index rank changes when the set has a ranks table. A "Print" button calls `window.print()`; the
 * print style sheet lays it out on A4 without the navigation, one section per page break, in black on
 * white. Every table has the export control of the app, which is not printed.
 *
 * @param props - The folder's analysis, its label and its files.
 * @returns The report.
 * @example
 * ```tsx
 * <ReportView analysis={analysis} title="Thái Bình — Lộ trình DVCTT 2013" files={files} />
 * ```
 */
export function ReportView({ analysis, title, files }: ReportViewProps) {
  const { t, language } = useLanguage();
  const roadmapAnalysis = analysis.roadmaps[0];
  const roadmap = roadmapAnalysis?.roadmap;
  const projection = roadmapAnalysis?.projection;
  const ranks = useMemo(() => {
    for (const file of files) {
      if (!file.name.toLowerCase().endsWith('.csv')) continue;
      const read = rankRows(file.text);
      if (read !== undefined) return { file: file.name, ...read };
    }
    return undefined;
  }, [files]);
  const withFindings = analysis.files.filter((file) => file.findings.length > 0);
  return (
    <article className="report">
      <header className="view-header report-header">
        <div>
          <h2>{t('reportTitle')}</h2>
          <p className="muted">{title}</p>
        </div>
        <button
          type="button"
          className="print-button"
          onClick={() => {
            window.print();
          }}
        >
          {t('print')}
        </button>
      </header>

      <section className="report-section" aria-labelledby="report-figures">
        <h3 id="report-figures">{t('keyFigures')}</h3>
        <KeyFigures analysis={analysis} />
      </section>

      <section className="report-section" aria-labelledby="report-findings">
        <h3 id="report-findings">{t('findingsBySeverity')}</h3>
        <SeverityCounts findings={analysis.findings} />
        <FileCountsTable files={analysis.files} caption={t('findingsByFile')} />
        {withFindings.map((file) => (
          <Fragment key={file.name}>
            <TableExport
              name={`${file.name}-findings`}
              label={`${file.name} (${String(file.findings.length)})`}
              table={() => ({
                headers: [t('severity'), t('message'), t('where')],
                rows: file.findings.map((finding) => [t(finding.severity), finding.message[language], where(finding)]),
              })}
            />
            <table className="data report-findings">
              <caption>
                {file.name} ({file.findings.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('severity')}</th>
                  <th scope="col">{t('message')}</th>
                  <th scope="col">{t('where')}</th>
                </tr>
              </thead>
              <tbody>
                {file.findings.map((finding, index) => (
                  <tr key={`${finding.ruleId}-${finding.path}-${String(index)}`}>
                    <td>
                      <span className={`badge ${finding.severity}`}>{t(finding.severity)}</span>
                    </td>
                    <td>{finding.message[language]}</td>
                    <td>
                      <code className="small">{where(finding)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Fragment>
        ))}
      </section>

      {projection === undefined ? null : (
        <section className="report-section" aria-labelledby="report-projection">
          <h3 id="report-projection">{t('projection')}</h3>
          <ProjectionChart projection={projection} showTable />
        </section>
      )}

      {analysis.budgets.length === 0 ? null : (
        <section className="report-section" aria-labelledby="report-budget">
          <h3 id="report-budget">{t('budgetTotals')}</h3>
          {analysis.budgets.map((budget) => (
            <BudgetTotalsTable
              key={budget.file}
              totals={budget.totals}
              caption={budget.file}
              exportName={`${budget.file.replace(/\.[^.]+$/, '')}-totals`}
              exportLabel={`${t('budgetTotals')}: ${budget.file}`}
            />
          ))}
        </section>
      )}

      {roadmap === undefined ? null : (
        <section className="report-section">
          <ProgressPanel roadmap={roadmap} detailed catalogue={catalogueOf(analysis)} />
        </section>
      )}

      {ranks === undefined ? null : (
        <section className="report-section" aria-labelledby="report-ict">
          <h3 id="report-ict">
            {t('rankChanges')} {ranks.years[0]}→{ranks.years[1]}
          </h3>
          <TableExport
            name={`report-rank-changes-${String(ranks.years[0])}-${String(ranks.years[1])}`}
            label={`${t('rankChanges')} ${String(ranks.years[0])}→${String(ranks.years[1])}`}
            table={() => ({
              headers: [t('indexNode'), String(ranks.years[0]), String(ranks.years[1]), t('change')],
              // An unknown rank ("—" on the page) is an empty cell.
              rows: ranks.rows.map((row) => [
                `${row.unit} · ${row.node}`,
                row.previous,
                row.current,
                row.previous === undefined || row.current === undefined
                  ? ''
                  : describeRankChange({ previousYear: ranks.years[0], currentYear: ranks.years[1], previousRank: row.previous, currentRank: row.current }, { language }),
              ]),
            })}
          />
          <table className="data">
            <caption>{ranks.file}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indexNode')}</th>
                <th scope="col" className="num">
                  {ranks.years[0]}
                </th>
                <th scope="col" className="num">
                  {ranks.years[1]}
                </th>
                <th scope="col">{t('change')}</th>
              </tr>
            </thead>
            <tbody>
              {ranks.rows.map((row) => (
                <tr key={`${row.unit}-${row.node}`}>
                  <th scope="row">
                    {row.unit} · {row.node}
                  </th>
                  <td className="num">{row.previous ?? '—'}</td>
                  <td className="num">{row.current ?? '—'}</td>
                  <td>
                    {row.previous === undefined || row.current === undefined
                      ? '—'
                      : describeRankChange({ previousYear: ranks.years[0], currentYear: ranks.years[1], previousRank: row.previous, currentRank: row.current }, { language })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
