import type { Finding } from '@egov/core';
import { whenYear } from '@egov/roadmap';
import { useMemo, useState } from 'react';
import { EntryEditor } from '../components/entry-editor';
import { FindingsList } from '../components/findings-list';
import { TableExport } from '../components/table-export';
import { ProgressPanel, type ProgressPanelProps } from '../components/progress-panel';
import { BudgetTotalsTable } from '../components/budget-totals-table';
import { ProjectionChart } from '../components/projection-chart';
import type { RoadmapAnalysis } from '../domain/analyse-roadmap';
import { roadmapBudgetTotals } from '../domain/roadmap-budget-totals';
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

/** Props of {@link RoadmapView}. */
export interface RoadmapViewProps {
  readonly analysis: RoadmapAnalysis;
  /** The file's text now (edits are made on it); without it the entries are read-only. */
  readonly text?: string | undefined;
  /** Saves the edited text (one undoable step). */
  readonly onEdit?: (text: string) => void;
  /** Whether the file is an edited copy of a bundled example; then it can be reverted. */
  readonly edited?: boolean;
  readonly onRevert?: () => void;
  /** An actual catalogue of the same document set (entries then get their progress status). */
  readonly catalogue?: ProgressPanelProps['catalogue'];
}

/**
 * The roadmap view: projection chart, progress against targets, services by year and level, the entries
 * table (each entry editable in place: name, level or class, due year, lead agency) and the validation
 * findings linked to the entries they concern.
 *
 * @param props - The analysis of the roadmap document, its text and the edit callbacks.
 * @returns The view.
 * @example
 * ```tsx
 * <RoadmapView analysis={analyseRoadmap('roadmap.yaml', text)} text={text} onEdit={save} />
 * ```
 */
export function RoadmapView({ analysis, text, onEdit, edited = false, onRevert, catalogue }: RoadmapViewProps) {
  const { t } = useLanguage();
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [editing, setEditing] = useState<number | undefined>(undefined);
  // Back from the row editor, keyboard focus returns to the row's "Edit" button.
  const closeEditor = (index: number): void => {
    setEditing(undefined);
    requestAnimationFrame(() => {
      document.getElementById(`entry-${String(index)}`)?.querySelector('button')?.focus();
    });
  };
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
  const budgetTotals = useMemo(() => (roadmap === undefined ? [] : roadmapBudgetTotals(roadmap)), [roadmap]);
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
        {edited ? (
          <p className="edited-note">
            <span className="tag">{t('editedCopy')}</span> {t('editedCopyHint')}{' '}
            {onRevert === undefined ? null : (
              <button type="button" onClick={onRevert}>
                {t('revertOriginal')}
              </button>
            )}
          </p>
        ) : null}
        {projection === undefined ? null : <ProjectionChart projection={projection} />}
        {roadmap === undefined ? null : <ProgressPanel roadmap={roadmap} detailed catalogue={catalogue} />}
        {budgetTotals.length === 0 ? null : (
          <BudgetTotalsTable
            totals={budgetTotals}
            caption={t('roadmapBudget')}
            exportName="roadmap-budget"
            keyLabel={t('budgetLine')}
            inUnitLabel={t('inBillions')}
          />
        )}
        {entries.length === 0 ? null : (
          <>
            <TableExport
              name="roadmap-entries-by-year"
              label={t('entriesByYear')}
              table={() => ({
                headers: [t('year'), ...levels.map((level) => `${t('level')} ${String(level)}`), t('total')],
                rows: years.map((year) => {
                  const ofYear = entries.filter((entry) => whenYear(entry.due) === year);
                  return [year, ...levels.map((level) => ofYear.filter((entry) => entry.target_level === level).length || null), ofYear.length];
                }),
              })}
            />
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
            {onEdit === undefined || text === undefined ? null : <p className="muted small">{t('editEntriesHint')}</p>}
            <TableExport
              name="roadmap-entries"
              label={t('entries')}
              table={() => ({
                headers: ['#', t('service'), t('level'), t('year'), t('leadAgency'), t('findings')],
                rows: entries.map((entry, index) => [
                  entry.id ?? index + 1,
                  entry.service,
                  entry.target_level ?? (entry.target_class === undefined ? '' : t(entry.target_class === 'full' ? 'classFull' : 'classPartial')),
                  whenYear(entry.due),
                  entry.lead_agency ?? '',
                  (byEntry.get(index) ?? []).map((finding) => t(finding.severity)).join(', '),
                ]),
              })}
            />
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
                  {onEdit === undefined || text === undefined ? null : (
                    <th scope="col">
                      <span className="sr-only">{t('edit')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {entries.map((entry, index) => {
                  const own = byEntry.get(index) ?? [];
                  const classes = [index === selected ? 'selected' : '', own.length > 0 ? `has-${worst(own)}` : ''].join(' ').trim();
                  if (editing === index && onEdit !== undefined && text !== undefined) {
                    return (
                      <EntryEditor
                        key={`${entry.id ?? ''}-${String(index)}`}
                        index={index}
                        entry={entry}
                        text={text}
                        className={classes}
                        onSave={(next) => {
                          closeEditor(index);
                          if (next !== text) onEdit(next);
                        }}
                        onCancel={() => {
                          closeEditor(index);
                        }}
                      />
                    );
                  }
                  return (
                    <tr key={`${entry.id ?? ''}-${String(index)}`} id={`entry-${String(index)}`} tabIndex={-1} className={classes}>
                      <td>{entry.id ?? index + 1}</td>
                      <td>{entry.service}</td>
                      <td className="num">
                        {entry.target_level ?? (entry.target_class === undefined ? '' : t(entry.target_class === 'full' ? 'classFull' : 'classPartial'))}
                      </td>
                      <td className="num">{whenYear(entry.due)}</td>
                      <td>{entry.lead_agency ?? ''}</td>
                      <td>
                        {own.map((finding) => (
                          <span key={finding.ruleId + finding.path} className={`badge ${finding.severity}`} title={finding.ruleId}>
                            {t(finding.severity)}
                          </span>
                        ))}
                      </td>
                      {onEdit === undefined || text === undefined ? null : (
                        <td>
                          <button
                            type="button"
                            className="small-button"
                            aria-label={`${t('edit')} ${entry.id ?? String(index + 1)}`}
                            onClick={() => {
                              setEditing(index);
                            }}
                          >
                            {t('edit')}
                          </button>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </div>
      <aside className="side-column">
        <FindingsList title={t('findings')} findings={findings} exportName="roadmap-findings" canShow={(finding) => entryIndexOf(finding) !== undefined} onShow={show} />
      </aside>
    </div>
  );
}
