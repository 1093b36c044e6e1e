import type { Finding } from '@egov/core';
import { findingsTable } from '../domain/findings-table';
import { useLanguage } from '../i18n/messages';
import { TableExport } from './table-export';

/** Props of {@link FindingsList}. */
export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** The label of the list (for screen readers and the heading). */
  readonly title: string;
  /** Whether a finding points at a row on screen; such findings get a button that selects the row. */
  readonly canShow?: (finding: Finding) => boolean;
  readonly onShow?: (finding: Finding) => void;
  /** When given, a "Tải CSV" button exports the findings (`findingsTable`) under this table name. */
  readonly exportName?: string;
}

/**
 * The findings of a document: severity, message in the chosen language, where (row and column of the
 * user's file, or the JSON pointer into the document), and a button to show the row it concerns.
 *
 * @param props - Findings, title and row linking.
 * @returns A list.
 * @example
 * ```tsx
 * <FindingsList title="Phát hiện" findings={findings} canShow={(f) => f.location?.row !== undefined} onShow={select} />
 * ```
 */
export function FindingsList({ findings, title, canShow, onShow, exportName }: FindingsListProps) {
  const { language, t } = useLanguage();
  return (
    <section className="findings" aria-label={title}>
      <h3>
        {title} <span className="count">({findings.length})</span>
      </h3>
      {exportName === undefined ? null : (
        <TableExport name={exportName} label={title} formats={['csv']} table={() => findingsTable(findings, language)} />
      )}
      {findings.length === 0 ? (
        <p className="muted">{t('noFindings')}</p>
      ) : (
        <ul>
          {findings.map((finding, index) => {
            const row = finding.location?.row;
            const column = finding.location?.column;
            const linked = onShow !== undefined && (canShow?.(finding) ?? false);
            return (
              <li key={`${finding.ruleId}-${finding.path}-${String(index)}`} className={`finding ${finding.severity}`} data-rule={finding.ruleId}>
                <span className={`badge ${finding.severity}`}>{t(finding.severity)}</span>
                <div className="finding-body">
                  <p className="finding-message">{finding.message[language]}</p>
                  <p className="finding-where">
                    {row === undefined ? null : (
                      <span className="finding-row">
                        {t('row')} {row}
                        {column === undefined ? '' : `, ${t('column').toLowerCase()} ${column}`}
                      </span>
                    )}
                    {finding.path === '' ? null : <code>{finding.path}</code>}
                    <span className="rule">{finding.ruleId}</span>
                    {linked ? (
                      <button type="button" className="link" onClick={() => {
                          onShow(finding);
                        }}>
                        {t('showFinding')}
                      </button>
                    ) : null}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
