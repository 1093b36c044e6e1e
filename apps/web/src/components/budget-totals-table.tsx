import type { BudgetTotal } from '../domain/analyse-budget';
import { budgetTotalsTable } from '../domain/budget-totals-table';
import { useLanguage } from '../i18n/messages';
import { TableExport } from './table-export';

/** Props of {@link BudgetTotalsTable}. */
export interface BudgetTotalsTableProps {
  /** The totals of a `BudgetAnalysis`, the grand total last (key `''`). */
  readonly totals: readonly BudgetTotal[];
  readonly caption: string;
  /** The exported file's table name. */
  readonly exportName: string;
  /** The export control's label (default: the caption). */
  readonly exportLabel?: string;
  /** The unit's name shown in the header of the amounts in that unit ("tỷ đồng"), when known. */
  readonly unitName?: string;
  /** Extra class of the table (the budget view's wider layout). */
  readonly className?: string;
  /** The first column's header (default "Năm"): a roadmap's lines are headings, phases or years. */
  readonly keyLabel?: string;
  /** The header of the amounts in the unit (default "Theo đơn vị của bảng (…)"). */
  readonly inUnitLabel?: string;
}

/**
 * Budget totals by year (or phase), the grand total last: the total in the table's unit, in đồng and in
 * words, with the export control of every table (numbers exported as numbers, see `budgetTotalsTable`).
 * Used by the budget view and the report page.
 *
 * @param props - The totals, caption, export name and label, unit name, class and header overrides.
 * @returns The export control and the table.
 * @example
 * ```tsx
 * <BudgetTotalsTable totals={budget.totals} caption={t('totalsByYear')} exportName="budget-totals" unitName="tỷ đồng" />
 * ```
 */
export function BudgetTotalsTable({ totals, caption, exportName, exportLabel, unitName, className, keyLabel, inUnitLabel }: BudgetTotalsTableProps) {
  const { t } = useLanguage();
  const inUnit = inUnitLabel ?? (unitName === undefined ? t('inUnit') : `${t('inUnit')} (${unitName})`);
  const key = keyLabel ?? t('year');
  return (
    <>
      <TableExport
        name={exportName}
        label={exportLabel ?? caption}
        table={() => budgetTotalsTable(totals, { year: key, inUnit, inDong: t('inDong'), inWords: t('inWords'), grandTotal: t('grandTotal') })}
      />
      <table className={className === undefined ? 'data' : `data ${className}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{key}</th>
            <th scope="col" className="num">
              {inUnit}
            </th>
            <th scope="col" className="num">
              {t('inDong')}
            </th>
            <th scope="col">{t('inWords')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((total) => (
            <tr key={total.key} className={total.key === '' ? 'grand' : undefined}>
              <th scope="row">{total.key === '' ? t('grandTotal') : total.key}</th>
              <td className="num">{total.inUnit}</td>
              <td className="num">{total.full}</td>
              <td lang="vi">{total.words}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
