import { FileCountsTable } from '../components/file-counts-table';
import { KeyFigures } from '../components/key-figures';
import { ProgressPanel } from '../components/progress-panel';
import { SeverityCounts } from '../components/severity-counts';
import type { FileSummary, FolderAnalysis } from '../domain/analyse-folder';
import { catalogueOf } from '../domain/target-progress';
import { useLanguage } from '../i18n/messages';

/** What each kind of file is called in the list of files. */
const fileKindLabels: Readonly<Record<FileSummary['kind'], { readonly vi: string; readonly en: string }>> = {
  roadmap: { vi: 'lộ trình', en: 'roadmap' },
  plan: { vi: 'kế hoạch', en: 'plan' },
  budget: { vi: 'bảng kinh phí', en: 'budget table' },
  procedures: { vi: 'danh mục thủ tục', en: 'procedure catalogue' },
  ranks: { vi: 'bảng xếp hạng ICT-Index', en: 'ICT-Index ranks' },
  table: { vi: 'bảng', en: 'table' },
  document: { vi: 'văn bản', en: 'document' },
  unreadable: { vi: 'không đọc được', en: 'unreadable' },
};

/** Props of {@link OverviewView}. */
export interface OverviewViewProps {
  readonly analysis: FolderAnalysis;
  readonly title: string;
  /** Files of the set that are edited copies of bundled examples. */
  readonly edited?: readonly string[];
  /** Drops the edited copy of a file, back to the bundled original (undoable). */
  readonly onRevert?: (name: string) => void;
}

/**
 * The overview: key figures of the folder's roadmap and budget, findings counted by severity, progress
 * against the roadmap's targets at a chosen date, and the folder's files with their own counts (edited
 * copies marked, each with a button back to the original).
 *
 * @param props - The folder's analysis, its label, and the edited files.
 * @returns The view.
 * @example
 * ```tsx
 * <OverviewView analysis={analyseFolder(files)} title="Hà Giang" />
 * ```
 */
export function OverviewView({ analysis, title, edited = [], onRevert }: OverviewViewProps) {
  const { t, language } = useLanguage();
  const roadmap = analysis.roadmaps[0]?.roadmap;
  return (
    <div>
      <header className="view-header">
        <h2>{t('overview')}</h2>
        <p className="muted">{title}</p>
      </header>
      <section aria-labelledby="key-figures">
        <h3 id="key-figures">{t('keyFigures')}</h3>
        <KeyFigures analysis={analysis} />
      </section>
      <section aria-labelledby="findings-by-severity">
        <h3 id="findings-by-severity">{t('findings')}</h3>
        <SeverityCounts findings={analysis.findings} />
      </section>
      {roadmap === undefined ? null : <ProgressPanel roadmap={roadmap} catalogue={catalogueOf(analysis)} />}
      <section aria-labelledby="files-heading">
        <h3 id="files-heading">{t('files')}</h3>
        <FileCountsTable
          files={analysis.files}
          renderName={(file) => (
            <>
              {file.name} <span className="tag">{fileKindLabels[file.kind][language]}</span>
              {edited.includes(file.name) ? (
                <>
                  {' '}
                  <span className="tag edited">{t('editedCopy')}</span>{' '}
                  {onRevert === undefined ? null : (
                    <button
                      type="button"
                      className="small-button"
                      aria-label={`${t('revertOriginal')}: ${file.name}`}
                      onClick={() => {
                        onRevert(file.name);
                      }}
                    >
                      {t('revertOriginal')}
                    </button>
                  )}
                </>
              ) : null}
            </>
          )}
        />
      </section>
    </div>
  );
}
