import type { EntryStatus, ProgressCatalogueItem, Roadmap } from '@egov/roadmap';
import { useId, useMemo, useState } from 'react';
import { defaultProgressDate, progressStatuses, targetProgress, type ProgressStatus } from '../domain/target-progress';
import { useLanguage, type MessageKey } from '../i18n/messages';
import { TableExport } from './table-export';

const statusKey: Readonly<Record<ProgressStatus, MessageKey>> = {
  met: 'statusMet',
  'on-track': 'statusOnTrack',
  late: 'statusLate',
  missed: 'statusMissed',
  unreachable: 'statusUnreachable',
  'not-checked': 'statusNotChecked',
};

/** Props of {@link ProgressPanel}. */
export interface ProgressPanelProps {
  readonly roadmap: Roadmap;
  /** Show the table of targets (the overview shows only the counts). */
  readonly detailed?: boolean;
  /** Heading level of the section title. */
  readonly headingLevel?: 2 | 3;
  /** An actual catalogue of the same document set: then every entry gets its status too. */
  readonly catalogue?: { readonly file: string; readonly items: readonly ProgressCatalogueItem[] } | undefined;
}

const entryKey: Readonly<Record<EntryStatus, MessageKey>> = { done: 'entryDone', 'on-track': 'statusOnTrack', missed: 'entryMissed' };
const entryClass: Readonly<Record<EntryStatus, string>> = { done: 'status-met', 'on-track': 'status-on-track', missed: 'status-missed' };

/**
 * Progress against the roadmap's targets and stated totals at a chosen date: a date input (defaulting to
 * the end of the roadmap's period, since the examples are historic), counts per status with a small
 * stacked bar, one line saying what it is computed from, and (detailed) a table of every target. In print
 * the date input is replaced by the date as text.
 *
 * @param props - The roadmap and options.
 * @returns A section.
 * @example
 * ```tsx
 * <ProgressPanel roadmap={analysis.roadmap} detailed />
 * ```
 */
export function ProgressPanel({ roadmap, detailed = false, headingLevel = 3, catalogue }: ProgressPanelProps) {
  const { t, language } = useLanguage();
  const id = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const asOf = chosen ?? defaultProgressDate(roadmap);
  const report = useMemo(() => targetProgress(roadmap, asOf, catalogue?.items), [roadmap, asOf, catalogue]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const total = report.rows.length;
  const date = new Date(`${asOf}T00:00:00Z`).toLocaleDateString(language === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'UTC' });
  return (
    <section className="progress" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{t('progress')}</Heading>
      <p className="muted small">{t('progressExplain')}</p>
      <label className="field inline no-print">
        <span>{t('progressDate')}</span>
        <input
          type="date"
          value={asOf}
          min="2000-01-01"
          max="2100-12-31"
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setChosen(value);
          }}
        />
      </label>
      <p className="small print-only">
        {t('progressDate')}: {date}
      </p>
      {total === 0 ? (
        <p className="muted">{t('noTargets')}</p>
      ) : (
        <>
          <dl className="progress-counts" aria-label={`${t('progress')} — ${date}`}>
            {progressStatuses.map((status) => (
              <div key={status} className={`progress-count status-${status}`}>
                <dt>{t(statusKey[status])}</dt>
                <dd data-testid={`progress-${status}`}>{report.counts[status]}</dd>
              </div>
            ))}
          </dl>
          <div className="progress-bar" aria-hidden="true">
            {progressStatuses.map((status) =>
              report.counts[status] === 0 ? null : (
                <span key={status} className={`status-${status}`} style={{ width: `${String((report.counts[status] / total) * 100)}%` }} />
              ),
            )}
          </div>
        </>
      )}
      {detailed && total > 0 ? (
        <div className="scroll-x">
          <TableExport
            name={`progress-${date}`}
            label={`${t('progressTable')} (${date})`}
            table={() => ({
              headers: [t('target'), 'JSON pointer', `${t('level')} (≥)`, t('by'), t('needed'), t('plannedByDue'), t('plannedByDate'), t('status')],
              rows: report.rows.map((row) => [row.label, row.path, row.level, row.by, row.needed, row.byDue, row.byDate, t(statusKey[row.status])]),
            })}
          />
          <table className="data progress-table">
            <caption>
              {t('progressTable')} ({date})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('target')}</th>
                <th scope="col" className="num">
                  {t('level')}
                </th>
                <th scope="col" className="num">
                  {t('by')}
                </th>
                <th scope="col" className="num">
                  {t('needed')}
                </th>
                <th scope="col" className="num">
                  {t('plannedByDue')}
                </th>
                <th scope="col" className="num">
                  {t('plannedByDate')}
                </th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.path}>
                  <th scope="row">
                    {row.label} <code className="small muted">{row.path}</code>
                  </th>
                  <td className="num">≥ {row.level}</td>
                  <td className="num">{row.by}</td>
                  <td className="num">{row.needed ?? '—'}</td>
                  <td className="num">{row.byDue ?? '—'}</td>
                  <td className="num">{row.byDate ?? '—'}</td>
                  <td>
                    <span className={`status status-${row.status}`}>{t(statusKey[row.status])}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.entries === undefined || catalogue === undefined ? null : (
        <div className="entry-progress">
          <h4>
            {t('entryProgress')} <span className="muted small">({catalogue.file})</span>
          </h4>
          <p className="muted small">{t('entryProgressExplain')}</p>
          <dl className="progress-counts">
            {(['done', 'on-track', 'missed'] as const).map((status) => (
              <div key={status} className={`progress-count ${entryClass[status]}`}>
                <dt>{t(entryKey[status])}</dt>
                <dd data-testid={`entry-progress-${status}`}>{report.entries?.counts[status]}</dd>
              </div>
            ))}
          </dl>
          {detailed ? (
            <>
            <TableExport
              name={`entry-progress-${date}`}
              label={`${t('entryProgress')} (${date})`}
              table={() => ({
                headers: ['#', t('service'), t('matchedAs'), t('status')],
                rows: (report.entries?.statuses ?? []).map((entry) => [
                  roadmap.entries[entry.index]?.id ?? entry.index + 1,
                  entry.service,
                  entry.matched ?? '',
                  t(entryKey[entry.status]),
                ]),
              })}
            />
            <table className="data">
              <caption>
                {t('entryProgress')} ({date})
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('service')}</th>
                  <th scope="col">{t('matchedAs')}</th>
                  <th scope="col">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {report.entries.statuses.map((entry) => (
                  <tr key={entry.index}>
                    <td>{roadmap.entries[entry.index]?.id ?? entry.index + 1}</td>
                    <td>{entry.service}</td>
                    <td>{entry.matched ?? '—'}</td>
                    <td>
                      <span className={`status ${entryClass[entry.status]}`}>{t(entryKey[entry.status])}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}
