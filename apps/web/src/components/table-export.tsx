import { writeCsv, writeXlsx, type WritableTable } from '@egov/io';
import { useContext, useState } from 'react';
import { useLanguage } from '../i18n/messages';
import { download } from '../workspace/download';
import { exportFileName } from '../workspace/export-file-name';
import { DocumentSetContext } from './document-set-context';

/** A format {@link TableExport} offers. */
export type ExportFormat = 'csv' | 'xlsx';

/** Props of {@link TableExport}. */
export interface TableExportProps {
  /** The table's name: the file is named `<document set>-<name>.<ext>` (ASCII-safe), the XLSX sheet after it. */
  readonly name: string;
  /** Builds the table, only when a button is pressed: numbers as numbers, text as shown, no HTML. */
  readonly table: () => WritableTable;
  /** What the buttons export, for screen readers (the group's label); defaults to `name`. */
  readonly label?: string;
  /** The formats offered (default both: CSV and XLSX). */
  readonly formats?: readonly ExportFormat[];
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Excel limits sheet names to 31 characters and forbids : \ / ? * [ ].
const sheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet1';

/**
 * The export control of a table: "Tải CSV" and "Tải XLSX" buttons in a group labelled after the table.
 * The table is built only on click; CSV is written with a BOM (Excel then reads UTF-8 Vietnamese
 * correctly), XLSX through `writeXlsx` of `@egov/io`, which loads exceljs only when called. The one
 * export path of the app: every table and findings list uses it.
 *
 * @param props - The table's name and builder, an optional label and formats.
 * @returns The buttons.
 * @example
 * ```tsx
 * <TableExport name="procedures" label="Thủ tục" table={() => ({ headers: ['Mã', 'Tên'], rows: [['1.001', 'Cấp phép hợp báo']] })} />
 * ```
 */
export function TableExport({ name, table, label, formats = ['csv', 'xlsx'] }: TableExportProps) {
  const { t } = useLanguage();
  const documentSet = useContext(DocumentSetContext);
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: ExportFormat): Promise<void> => {
    const file = exportFileName(documentSet, name, format);
    if (format === 'csv') {
      download(file, writeCsv(table(), { bom: true }), 'text/csv;charset=utf-8');
      return;
    }
    setBusy(true);
    try {
      download(file, await writeXlsx(table(), { sheetName: sheetName(label ?? name) }), xlsxType);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="actions table-export" role="group" aria-label={`${t('exportOf')}: ${label ?? name}`}>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          disabled={busy && format === 'xlsx'}
          onClick={() => {
            void exportAs(format);
          }}
        >
          {t(format === 'csv' ? 'exportCsv' : 'exportXlsx')}
        </button>
      ))}
    </div>
  );
}
