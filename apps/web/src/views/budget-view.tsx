import { amountUnitNames, amountUnits, columnRole, type AmountUnit } from '@egov/budget';
import type { Finding } from '@egov/core';
import { writeCsv, type WritableTable } from '@egov/io';
import { useState } from 'react';
import { BudgetTotalsTable } from '../components/budget-totals-table';
import { FindingsList } from '../components/findings-list';
import { TableExport } from '../components/table-export';
import type { BudgetAnalysis } from '../domain/analyse-budget';
import { useLanguage } from '../i18n/messages';

/** Props of {@link BudgetView}. */
export interface BudgetViewProps {
  readonly analysis: BudgetAnalysis;
  /** Called with the table's new CSV text when the user edits a cell. */
  readonly onEdit?: (text: string) => void;
  /** The unit the user chose for the table (when its headers do not say), if any. */
  readonly unit?: AmountUnit | undefined;
  /** Called when the user picks a unit, or `undefined` for "as the table says". */
  readonly onUnit?: (unit: AmountUnit | undefined) => void;
}

const rowId = (row: number): string => `budget-row-${String(row)}`;

/**
 * The budget view: the table as the user wrote it (rows numbered as in the file, amount cells editable),
 * totals by year in the table's unit, in đồng and in words, and the reading and reconciliation findings
 * linked to their rows.
 *
 * @param props - The analysis of a budget table and the edit callback.
 * @returns The view.
 * @example
 * ```tsx
 * <BudgetView analysis={analyseBudget('budget.csv', text, 'ty')} onEdit={save} />
 * ```
 */
export function BudgetView({ analysis, onEdit, unit, onUnit }: BudgetViewProps) {
  const { t, language } = useLanguage();
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const { table, plan, totals, findings } = analysis;
  const byRow = new Map<number, Finding[]>();
  for (const finding of findings) {
    const row = finding.location?.row;
    if (row !== undefined) byRow.set(row, [...(byRow.get(row) ?? []), finding]);
  }
  const show = (finding: Finding): void => {
    const row = finding.location?.row;
    if (row === undefined) return;
    setSelected(row);
    const element = document.getElementById(rowId(row));
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  };
  const editable = (header: string): boolean => {
    const kind = columnRole(header).kind;
    return kind === 'amount' || kind === 'total';
  };
  const edit = (rowIndex: number, columnIndex: number, value: string): void => {
    if (table === undefined || onEdit === undefined) return;
    const rows = table.rows.map((row, index) =>
      index === rowIndex ? table.headers.map((_, column) => (column === columnIndex ? value : row.values[column])) : row.values,
    );
    onEdit(writeCsv({ headers: table.headers, rows }, { lineEnding: '\n' }));
  };
  const base = analysis.file.replace(/\.[^.]+$/, '');
  const unitName = plan === undefined ? '' : amountUnitNames[plan.unit];
  return (
    <div className="with-side">
      <div className="main-column">
        <header className="view-header">
          <h2>{t('budget')}</h2>
          <p className="muted">
            {analysis.file}
            {unitName === '' ? '' : ` · ${t('unit')}: ${unitName}`}
          </p>
        </header>
        {onUnit === undefined ? null : (
          <label className="field inline">
            <span>{t('tableUnit')}</span>
            <select
              value={unit ?? ''}
              onChange={(event) => {
                const chosen = amountUnits.find((candidate) => candidate === event.currentTarget.value);
                onUnit(chosen);
              }}
            >
              <option value="">{t('unitAuto')}</option>
              {amountUnits.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {amountUnitNames[candidate]}
                </option>
              ))}
            </select>
          </label>
        )}
        {totals.length === 0 ? null : (
          <BudgetTotalsTable totals={totals} caption={t('totalsByYear')} exportName={`${base}-totals`} unitName={unitName} className="totals" />
        )}
        {table === undefined ? null : (
          <>
            <TableExport name={base} label={t('budget')} table={(): WritableTable => ({ headers: table.headers, rows: table.rows.map((row) => row.values) })} />
            <p className="muted small">{t('editHint')}</p>
            <div className="scroll-x">
              <table className="data sheet">
                <caption>
                  {t('table')}: {analysis.file}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('row')}</th>
                    {table.columns.map((column) => (
                      <th key={column.index} scope="col">
                        <span className="letter">{column.letter}</span> {column.header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, rowIndex) => {
                    const own = byRow.get(row.row) ?? [];
                    const severity = own.some((finding) => finding.severity === 'error') ? 'error' : own.length > 0 ? 'warning' : '';
                    const classes = [row.row === selected ? 'selected' : '', severity === '' ? '' : `has-${severity}`].join(' ').trim();
                    return (
                      <tr key={row.row} id={rowId(row.row)} tabIndex={-1} className={classes} data-row={row.row}>
                        <th scope="row">
                          {row.row}
                          {own.length > 0 ? <span className={`dot ${severity}`} title={own.map((finding) => finding.message[language]).join('\n')} aria-label={t(severity === 'error' ? 'error' : 'warning')} /> : null}
                        </th>
                        {table.columns.map((column) => {
                          const value = row.values[column.index];
                          const text = value === undefined ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
                          return (
                            <td key={column.index} className={editable(column.header) ? 'num' : ''}>
                              {editable(column.header) && onEdit !== undefined ? (
                                <input
                                  className="cell"
                                  defaultValue={text}
                                  key={text}
                                  aria-label={`${t('row')} ${String(row.row)}, ${t('column').toLowerCase()} ${column.letter} (${column.header})`}
                                  onBlur={(event) => {
                                    if (event.currentTarget.value !== text) edit(rowIndex, column.index, event.currentTarget.value);
                                  }}
                                  onKeyDown={(event) => {
                                    if (event.key === 'Enter') event.currentTarget.blur();
                                  }}
                                />
                              ) : (
                                text
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
      <aside className="side-column">
        <FindingsList title={t('findings')} findings={findings} exportName={`${base}-findings`} canShow={(finding) => finding.location?.row !== undefined} onShow={show} />
      </aside>
    </div>
  );
}
