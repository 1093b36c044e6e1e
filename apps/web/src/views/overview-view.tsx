import { countFindings } from '@egov/core';
import { whenYear } from '@egov/roadmap';
import { SeverityCounts } from '../components/severity-counts';
import type { FolderAnalysis } from '../domain/analyse-folder';
import { useLanguage } from '../i18n/messages';

/**
 * The overview: key figures of the folder's roadmap and budget, findings counted by severity, and the
 * folder's files with their own counts.
 *
 * @param props - The folder's analysis and its label.
 * @returns The view.
 * @example
 * ```tsx
 * <OverviewView analysis={analyseFolder(files)} title="Hà Giang" />
 * ```
 */
export function OverviewView({ analysis, title }: { readonly analysis: FolderAnalysis; readonly title: string }) {
  const { t } = useLanguage();
  const roadmap = analysis.roadmaps[0]?.roadmap;
  const projection = analysis.roadmaps[0]?.projection;
  const lastYear = projection?.years.at(-1);
  const budgetTotal = analysis.budgets[0]?.totals.at(-1);
  return (
    <div>
      <header className="view-header">
        <h2>{t('overview')}</h2>
        <p className="muted">{title}</p>
      </header>
      <section aria-labelledby="key-figures">
        <h3 id="key-figures">{t('keyFigures')}</h3>
        <dl className="figures">
          {roadmap?.province === undefined ? null : (
            <div className="figure">
              <dt>{t('province')}</dt>
              <dd>{roadmap.province}</dd>
            </div>
          )}
          {roadmap?.decision.number === undefined ? null : (
            <div className="figure">
              <dt>{t('decision')}</dt>
              <dd>{roadmap.decision.number}</dd>
            </div>
          )}
          {roadmap === undefined ? null : (
            <div className="figure">
              <dt>{t('period')}</dt>
              <dd>
                {whenYear(roadmap.period.start)}–{whenYear(roadmap.period.end)}
              </dd>
            </div>
          )}
          {roadmap === undefined ? null : (
            <div className="figure">
              <dt>{t('entries')}</dt>
              <dd>{roadmap.entries.length}</dd>
            </div>
          )}
          {projection === undefined || lastYear === undefined ? null : (
            <div className="figure">
              <dt>
                {t('level')} ≥ 3 ({lastYear})
              </dt>
              <dd>{projection.atLeastLevelThree.at(-1)}</dd>
            </div>
          )}
          {budgetTotal === undefined ? null : (
            <div className="figure wide">
              <dt>{t('grandTotal')}</dt>
              <dd>
                {budgetTotal.full}
                <small lang="vi">{budgetTotal.words}</small>
              </dd>
            </div>
          )}
        </dl>
      </section>
      <section aria-labelledby="findings-by-severity">
        <h3 id="findings-by-severity">{t('findings')}</h3>
        <SeverityCounts findings={analysis.findings} />
      </section>
      <section aria-labelledby="files-heading">
        <h3 id="files-heading">{t('files')}</h3>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('files')}</th>
              <th scope="col" className="num">
                {t('error')}
              </th>
              <th scope="col" className="num">
                {t('warning')}
              </th>
              <th scope="col" className="num">
                {t('info')}
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.files.map((file) => {
              const counts = countFindings(file.findings);
              return (
                <tr key={file.name}>
                  <th scope="row">
                    {file.name} <span className="tag">{file.kind}</span>
                  </th>
                  <td className="num">{counts.error}</td>
                  <td className="num">{counts.warning}</td>
                  <td className="num">{counts.info}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
