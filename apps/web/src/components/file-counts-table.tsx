import { countFindings } from '@egov/core';
import type { ReactNode } from 'react';
import type { FileSummary } from '../domain/analyse-folder';
import { useLanguage } from '../i18n/messages';
import { TableExport } from './table-export';

/** Props of {@link FileCountsTable}. */
export interface FileCountsTableProps {
  readonly files: readonly FileSummary[];
  /** A caption, when the table has no heading of its own. */
  readonly caption?: string;
  /** The row header of a file (default: its name). */
  readonly renderName?: (file: FileSummary) => ReactNode;
  /** The exported file's table name (default `findings-by-file`). */
  readonly exportName?: string;
}

/**
 * Findings counted by severity for each file of a document set: one row a file, errors, warnings and
 * information in numeric columns, with the export control of every table (the file's name and its three
 * counts as numbers; the control is not printed). Used by the overview (with the file's kind and edit
 * marks) and the report page.
 *
 * @param props - The files, an optional caption, row header and export name.
 * @returns The export control and the table.
 * @example
 * ```tsx
 * <FileCountsTable files={analysis.files} caption={t('findingsByFile')} />
 * ```
 */
export function FileCountsTable({ files, caption, renderName, exportName = 'findings-by-file' }: FileCountsTableProps) {
  const { t } = useLanguage();
  return (
    <>
      <TableExport
        name={exportName}
        label={caption ?? t('findingsByFile')}
        table={() => ({
          headers: [t('files'), t('error'), t('warning'), t('info')],
          rows: files.map((file) => {
            const counts = countFindings(file.findings);
            return [file.name, counts.error, counts.warning, counts.info];
          }),
        })}
      />
      <table className="data">
        {caption === undefined ? null : <caption>{caption}</caption>}
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
          {files.map((file) => {
            const counts = countFindings(file.findings);
            return (
              <tr key={file.name}>
                <th scope="row">{renderName === undefined ? file.name : renderName(file)}</th>
                <td className="num">{counts.error}</td>
                <td className="num">{counts.warning}</td>
                <td className="num">{counts.info}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
