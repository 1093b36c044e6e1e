import type { Finding } from '@egov/core';
import { whenYear } from '@egov/roadmap';
import { useState } from 'react';
import { FindingsList } from '../components/findings-list';
import { ProjectionChart } from '../components/projection-chart';
import type { RoadmapAnalysis } from '../domain/analyse-roadmap';
import { useLanguage } from '../i18n/messages';

/**
 * The entry a finding is about, from its JSON pointer (`/entries/3/target_level` → 3).
 *
 * @param finding - A roadmap finding.
 * @returns The entry's index, or `undefined` when the finding is about something else.
 * @example
 * ```ts
 * entryIndexOf({ path: '/entries/3/target_level' } as Finding); // 3
 * ```
 */
export function entryIndexOf(finding: Pick<Finding, 'path'>): number | undefined {
  const match = /^\/entries\/(\d+)(\/|$)/.exec(finding.path);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

const worst = (findings: readonly Finding[]): string =>
  findings.some((finding) => finding.severity === 'error') ? 'error' : findings.some((finding) => finding.severity === 'warning') ? 'warning' : 'info';

/**
 * The roadmap view: projection chart, services by year and level, the entries table and the
 * validation findings linked to the entries they concern.
 *
 * @param props - The analysis of the roadmap document.
 * @returns The view.
 * @example
 * ```tsx
 * <RoadmapView analysis={analyseRoadmap('roadmap.yaml', text)} />
 * ```
 */
export function RoadmapView({ analysis }: { readonly analysis: RoadmapAnalysis }) {
  const { t } = useLanguage();
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const { roadmap, projection, findings } = analysis;
  const byEntry = new Map<number, Finding[]>();
  for (const finding of findings) {
    const index = entryIndexOf(finding);
    if (index !== undefined) byEntry.set(index, [...(byEntry.get(index) ?? []), finding]);
  }
  const show = (finding: Finding): void => {
    const index = entryIndexOf(finding);
    if (index === undefined) return;
    setSelected(index);
    const row = document.getElementById(`entry-${String(index)}`);
    row?.scrollIntoView({ block: 'center' });
    row?.focus();
  };
  const entries = roadmap?.entries ?? [];
  const years = [...new Set(entries.map((entry) => whenYear(entry.due)))].sort((a, b) => a - b);
  const levels = [1, 2, 3, 4];
  return (
    <div className="with-side">
      <div className="main-column">
        <header className="view-header">
          <h2>{t('roadmap')}</h2>
          <p className="muted">
            {analysis.file}
            {roadmap?.decision.number === undefined ? '' : ` · ${roadmap.decision.number}`}
            {roadmap === undefined ? '' : ` · ${t('period')} ${String(whenYear(roadmap.period.start))}–${String(whenYear(roadmap.period.end))}`}
          </p>
        </header>
        {projection === undefined ? null : <ProjectionChart projection={projection} />}
        {entries.length === 0 ? null : (
          <>
            <table className="data compact">
              <caption>{t('entriesByYear')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('year')}</th>
                  {levels.map((level) => (
                    <th key={level} scope="col" className="num">
                      {t('level')} {level}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((year) => {
                  const ofYear = entries.filter((entry) => whenYear(entry.due) === year);
                  return (
                    <tr key={year}>
                      <th scope="row">{year}</th>
                      {levels.map((level) => (
                        <td key={level} className="num">
                          {ofYear.filter((entry) => entry.target_level === level).length || ''}
                        </td>
                      ))}
                      <td className="num">{ofYear.length}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <table className="data entries">
              <caption>
                {t('entries')} ({entries.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('service')}</th>
                  <th scope="col" className="num">
                    {t('level')}
                  </th>
                  <th scope="col" className="num">
                    {t('year')}
                  </th>
                  <th scope="col">{t('leadAgency')}</th>
                  <th scope="col">{t('findings')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry, index) => {
                  const own = byEntry.get(index) ?? [];
                  const classes = [index === selected ? 'selected' : '', own.length > 0 ? `has-${worst(own)}` : ''].join(' ').trim();
                  return (
                    <tr key={`${entry.id ?? ''}-${String(index)}`} id={`entry-${String(index)}`} tabIndex={-1} className={classes}>
                      <td>{entry.id ?? index + 1}</td>
                      <td>{entry.service}</td>
                      <td className="num">{entry.target_level ?? ''}</td>
                      <td className="num">{whenYear(entry.due)}</td>
                      <td>{entry.lead_agency ?? ''}</td>
                      <td>
                        {own.map((finding) => (
                          <span key={finding.ruleId + finding.path} className={`badge ${finding.severity}`} title={finding.ruleId}>
                            {t(finding.severity)}
                          </span>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </div>
      <aside className="side-column">
        <FindingsList title={t('findings')} findings={findings} canShow={(finding) => entryIndexOf(finding) !== undefined} onShow={show} />
      </aside>
    </div>
  );
}
