import type { Language } from '@egov/core';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { AmountUnit } from '@egov/budget';
import type { FolderAnalysis } from './domain/analyse-folder';
import type { ExampleFolder } from './domain/examples';
import { inlineAnalyser, type FolderAnalyser } from './domain/folder-analyser';
import { catalogueOf } from './domain/target-progress';
import { viewForImport } from './domain/view-for-import';
import { DocumentSetContext } from './components/document-set-context';
import { FilePicker } from './components/file-picker';
import { LanguageContext, translator } from './i18n/messages';
import { BudgetView } from './views/budget-view';
import { OverviewView } from './views/overview-view';
import { RoadmapView } from './views/roadmap-view';
import { download } from './workspace/download';
import { emptyHistory, record, redo, undo, type EditHistory } from './workspace/edit-history';
import { importFile } from './workspace/import-file';
import {
  emptyWorkspace,
  exportWorkspace,
  folderFiles,
  importFolder,
  parseWorkspace,
  putFile,
  putWhatIf,
  removeFile,
  whatIfKey,
  type Workspace,
} from './workspace/workspace';
import type { WorkspaceStore } from './workspace/workspace-store';

/**
 * The pages of the app, in navigation order (the URL hash is `#/<view>`).
 *
 * @example
 * ```ts
 * views.indexOf('budget'); // 3
 * ```
 */
export const views = ['overview', 'procedures', 'roadmap', 'budget', 'ictindex', 'report'] as const;
// The procedures and ICT-Index views (and @egov/ictindex's engine) load when first opened.
const ProceduresView = lazy(async () => ({ default: (await import('./views/procedures-view')).ProceduresView }));
const IctIndexView = lazy(async () => ({ default: (await import('./views/ictindex-view')).IctIndexView }));
// The report page uses the ICT-Index engine too (rank changes), so it loads when first opened.
const ReportView = lazy(async () => ({ default: (await import('./views/report-view')).ReportView }));

/** One page of the app. */
export type View = (typeof views)[number];

const viewOf = (hash: string): View => views.find((view) => `#/${view}` === hash) ?? 'overview';

/** Props of {@link App}. */
export interface AppProps {
  readonly examples: readonly ExampleFolder[];
  readonly store: WorkspaceStore;
  /** The folder to open on a first visit. */
  readonly defaultFolder?: string;
  /** Where the checking runs (a Web Worker in the browser; the calling thread by default). */
  readonly analyse?: FolderAnalyser;
}

/**
 * The app shell: header with document-set selector, language toggle, import and export; navigation
 * between the views; the workspace saved to the store after every change.
 *
 * @param props - Bundled examples and the workspace store.
 * @returns The app.
 * @example
 * ```tsx
 * createRoot(element).render(<App examples={bundledExamples} store={indexedDbStore()} />);
 * ```
 */
export function App({ examples, store, defaultFolder, analyse }: AppProps) {
  const [analyser] = useState<FolderAnalyser>(() => analyse ?? inlineAnalyser());
  const [analysed, setAnalysed] = useState<{ folder: string; analysis: FolderAnalysis } | undefined>(undefined);
  const [workspace, setWorkspace] = useState<Workspace | undefined>(undefined);
  // One undo history per workspace (budget cells, roadmap entries, imports, reverts), saved with it.
  const [history, setHistory] = useState<EditHistory>(emptyHistory);
  const [bundled, setBundled] = useState<{ folder: string; files: { name: string; text: string }[] } | undefined>(undefined);
  const [view, setView] = useState<View>(() => viewOf(window.location.hash));
  const [saveState, setSaveState] = useState<'saved' | 'saving'>('saved');
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [dragging, setDragging] = useState(false);
  const [budgetIndex, setBudgetIndex] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const workspaceInput = useRef<HTMLInputElement>(null);
  const loadedOnce = useRef(false);

  // Load the saved workspace once; a first visit opens the first example.
  useEffect(() => {
    let cancelled = false;
    void Promise.all([store.load().catch(() => undefined), store.loadHistory?.().catch(() => undefined)]).then(([saved, savedHistory]) => {
      if (cancelled) return;
      setWorkspace(saved ?? emptyWorkspace(defaultFolder ?? examples[0]?.id ?? importFolder));
      if (saved !== undefined && savedHistory !== undefined) setHistory(savedHistory);
    });
    return () => {
      cancelled = true;
    };
  }, [store, examples, defaultFolder]);

  // Autosave every change after the first load.
  useEffect(() => {
    if (workspace === undefined) return;
    if (!loadedOnce.current) {
      loadedOnce.current = true;
      return;
    }
    setSaveState('saving');
    void Promise.all([store.save(workspace), store.saveHistory?.(history)]).then(() => {
      setSaveState('saved');
    });
  }, [workspace, history, store]);

  const folder = workspace?.folder;
  const example = examples.find((candidate) => candidate.id === folder);
  useEffect(() => {
    if (folder === undefined) return;
    let cancelled = false;
    const load = example === undefined ? Promise.resolve([]) : example.load();
    void load.then((files) => {
      if (!cancelled) setBundled({ folder, files });
    });
    return () => {
      cancelled = true;
    };
  }, [folder, example]);

  useEffect(() => {
    const onHash = (): void => {
      setView(viewOf(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const language: Language = workspace?.language ?? 'vi';
  const t = translator(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('appTitle');
  }, [language, t]);

  const change = useCallback((next: (current: Workspace) => Workspace, undoable = true) => {
    setWorkspace((current) => {
      if (current === undefined) return current;
      if (undoable) setHistory((past) => record(past, current));
      return next(current);
    });
  }, []);

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      if (workspace === undefined) return;
      const result = direction === 'undo' ? undo(history, workspace) : redo(history, workspace);
      if (result === undefined) return;
      setHistory(result.history);
      setWorkspace(result.workspace);
    },
    [history, workspace],
  );
  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo workspace edits; inside a text field the browser's own
  // text undo applies instead.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const key = event.key.toLowerCase();
      const direction = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' ? 'redo' : undefined;
      if (direction === undefined) return;
      event.preventDefault();
      step(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [step]);

  // Files change only with the workspace's files: a view setting kept in the workspace (a what-if slider)
  // must not re-read and re-check the folder.
  const workspaceFiles = workspace?.files;
  const files = useMemo(
    () => (workspaceFiles === undefined || folder === undefined || bundled?.folder !== folder ? undefined : folderFiles({ ...emptyWorkspace(folder), files: workspaceFiles }, folder, bundled.files)),
    [workspaceFiles, folder, bundled],
  );
  // The what-if settings of the folder's files, by file name (the ICT-Index view keeps them per file).
  const savedWhatIf = workspace?.whatIf;
  const folderWhatIf = useMemo(() => {
    if (folder === undefined) return {};
    const prefix = whatIfKey(folder, '');
    return Object.fromEntries(Object.entries(savedWhatIf ?? {}).filter(([key]) => key.startsWith(prefix)).map(([key, settings]) => [key.slice(prefix.length), settings]));
  }, [savedWhatIf, folder]);
  const units = useMemo(() => {
    const chosen: Record<string, AmountUnit> = {};
    for (const file of files ?? []) {
      const unit = workspace?.units?.[`${file.folder}/${file.name}`] ?? example?.budgetUnit;
      if (unit !== undefined) chosen[file.name] = unit;
    }
    return chosen;
  }, [files, example, workspace?.units]);
  useEffect(() => {
    if (files === undefined || folder === undefined) return;
    let cancelled = false;
    void analyser(files, units).then((analysis) => {
      if (!cancelled) setAnalysed({ folder, analysis });
    });
    return () => {
      cancelled = true;
    };
  }, [analyser, files, units, folder]);
  // After an edit the previous result stays on screen until the new one arrives; never another folder's.
  const analysis = analysed !== undefined && analysed.folder === folder ? analysed.analysis : undefined;
  const pendingImport = useRef<readonly string[] | undefined>(undefined);
  useEffect(() => {
    const names = pendingImport.current;
    if (names === undefined || analysis === undefined || folder !== importFolder) return;
    const analysedNames = new Set(analysis.files.map((file) => file.name));
    if (!names.every((name) => analysedNames.has(name))) return;
    pendingImport.current = undefined;
    window.location.hash = `#/${viewForImport(analysis.files, names)}`;
  }, [analysis, folder]);

  const importFiles = async (list: FileList | readonly File[]): Promise<void> => {
    const results = await Promise.all([...list].map(async (file) => importFile(file.name, new Uint8Array(await file.arrayBuffer()))));
    const failed = results.filter((result) => !result.ok);
    setNotice(failed.length === 0 ? undefined : failed.map((result) => result.finding.message[language]).join(' · '));
    const imported = results.filter((result) => result.ok);
    if (imported.length === 0) return;
    change((current) =>
      imported.reduce((next, file) => putFile(next, { folder: importFolder, name: file.name, text: file.text }), { ...current, folder: importFolder }),
    );
    setBudgetIndex(0);
    // The page to open depends on what the files turn out to be: decided when their analysis arrives.
    pendingImport.current = imported.map((file) => file.name);
  };

  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setDragging(false);
    void importFiles(event.dataTransfer.files);
  };

  const openWorkspace = async (file: File): Promise<void> => {
    let parsed: Workspace | undefined;
    try {
      parsed = parseWorkspace(JSON.parse(await file.text()));
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined) {
      setNotice(t('workspaceInvalid'));
      return;
    }
    const opened = parsed;
    setNotice(undefined);
    change(() => opened);
  };

  const folderLabel = (id: string): string => (id === importFolder ? t('imported') : (examples.find((candidate) => candidate.id === id)?.label[language] ?? id));
  const folders = [...examples.map((candidate) => candidate.id), ...(workspace?.files.some((file) => file.folder === importFolder) === true ? [importFolder] : [])];
  // Files of an example set that the user has edited (the workspace holds a copy; the original is bundled).
  const editedFiles =
    workspace === undefined || bundled?.folder !== workspace.folder
      ? []
      : workspace.files.filter((file) => file.folder === workspace.folder && bundled.files.some((original) => original.name === file.name)).map((file) => file.name);
  const revert = (name: string): void => {
    change((current) => removeFile(current, current.folder, name));
  };
  const roadmapFile = analysis?.roadmaps[0]?.file;
  const roadmapText = files?.find((file) => file.name === roadmapFile)?.text;
  const budget = analysis?.budgets[Math.min(budgetIndex, Math.max(0, (analysis.budgets.length) - 1))];
  const budgetFile = budget?.file;

  return (
    <LanguageContext value={language}>
      <div
        className={`app ${dragging ? 'dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (event.relatedTarget === null) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <a className="skip" href="#main">
          {language === 'vi' ? 'Bỏ qua đến nội dung' : 'Skip to content'}
        </a>
        <header className="topbar">
          <div className="brand">
            <h1>{t('appTitle')}</h1>
            <p>{t('appSubtitle')}</p>
          </div>
          <div className="controls">
            <label className="field">
              <span>{t('document')}</span>
              <select
                value={workspace?.folder ?? ''}
                onChange={(event) => {
                  const id = event.currentTarget.value;
                  setBudgetIndex(0);
                  change((current) => ({ ...current, folder: id }), false);
                }}
              >
                {folders.map((id) => (
                  <option key={id} value={id}>
                    {folderLabel(id)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              lang={language === 'vi' ? 'en' : 'vi'}
              aria-label={`${t('language')}: ${t('switchLanguage')}`}
              onClick={() => {
                change((current) => ({ ...current, language: current.language === 'vi' ? 'en' : 'vi' }), false);
              }}
            >
              {t('switchLanguage')}
            </button>
          </div>
        </header>
        <nav className="tabs" aria-label={t('navLabel')}>
          <ul>
            {views.map((id) => (
              <li key={id}>
                <a href={`#/${id}`} aria-current={view === id ? 'page' : undefined}>
                  {t(id)}
                </a>
              </li>
            ))}
          </ul>
          <div className="toolbar">
            <button type="button" disabled={history.past.length === 0} aria-keyshortcuts="Control+Z" title={`${t('undo')} (Ctrl+Z)`} onClick={() => {
              step('undo');
            }}>
              {t('undo')}
            </button>
            <button type="button" disabled={history.future.length === 0} aria-keyshortcuts="Control+Shift+Z" title={`${t('redo')} (Ctrl+Shift+Z)`} onClick={() => {
              step('redo');
            }}>
              {t('redo')}
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              {t('importFiles')}
            </button>
            <button type="button" onClick={() => {
              if (workspace !== undefined) download('egov-workspace.json', exportWorkspace(workspace), 'application/json');
            }}>
              {t('exportWorkspace')}
            </button>
            <button type="button" onClick={() => workspaceInput.current?.click()}>
              {t('importWorkspace')}
            </button>
            <span className="save-state" role="status">
              {saveState === 'saved' ? t('saved') : t('saving')}
            </span>
          </div>
        </nav>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".csv,.xlsx,.yaml,.yml,.json"
          className="sr-only"
          aria-label={t('importFiles')}
          data-testid="file-input"
          onChange={(event) => {
            const list = event.currentTarget.files;
            if (list !== null) void importFiles([...list]);
            event.currentTarget.value = '';
          }}
        />
        <input
          ref={workspaceInput}
          type="file"
          accept=".json"
          className="sr-only"
          aria-label={t('importWorkspace')}
          data-testid="workspace-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file !== undefined) void openWorkspace(file);
            event.currentTarget.value = '';
          }}
        />
        <p className="dropzone">
          {t('importHint')}{' '}
          <button type="button" className="link" onClick={() => fileInput.current?.click()}>
            {t('chooseFiles')}
          </button>
        </p>
        {notice === undefined ? null : (
          <p className="notice" role="alert">
            {notice}
          </p>
        )}
        <DocumentSetContext value={workspace?.folder ?? ''}>
        <main id="main" tabIndex={-1}>
          {analysis === undefined || workspace === undefined ? (
            <p role="status">{t('loading')}</p>
          ) : view === 'overview' ? (
            <OverviewView analysis={analysis} title={folderLabel(workspace.folder)} edited={editedFiles} onRevert={revert} />
          ) : view === 'procedures' ? (
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              <ProceduresView key={workspace.folder} analyses={analysis.procedures ?? []} />
            </Suspense>
          ) : view === 'roadmap' ? (
            analysis.roadmaps[0] === undefined ? (
              <p className="empty">{t('noRoadmap')}</p>
            ) : (
              <RoadmapView
                key={analysis.roadmaps[0].file}
                analysis={analysis.roadmaps[0]}
                text={roadmapText}
                catalogue={catalogueOf(analysis)}
                edited={roadmapFile !== undefined && editedFiles.includes(roadmapFile)}
                onRevert={() => {
                  if (roadmapFile !== undefined) revert(roadmapFile);
                }}
                onEdit={(text) => {
                  if (roadmapFile !== undefined) change((current) => putFile(current, { folder: current.folder, name: roadmapFile, text }));
                }}
              />
            )
          ) : view === 'budget' ? (
            budget === undefined || budgetFile === undefined ? (
              <p className="empty">{t('noBudget')}</p>
            ) : (
              <>
                <FilePicker label={t('budgetFile')} files={analysis.budgets.map((candidate) => candidate.file)} index={budgetIndex} onChange={setBudgetIndex} />
                <BudgetView
                  key={budgetFile}
                  analysis={budget}
                  unit={workspace.units?.[`${workspace.folder}/${budgetFile}`]}
                  onUnit={(unit) => {
                    change((current) => {
                      const key = `${current.folder}/${budgetFile}`;
                      const units = Object.fromEntries(Object.entries(current.units ?? {}).filter(([other]) => other !== key));
                      return { ...current, units: unit === undefined ? units : { ...units, [key]: unit } };
                    });
                  }}
                  onEdit={(text) => {
                    change((current) => putFile(current, { folder: current.folder, name: budgetFile, text }));
                  }}
                />
              </>
            )
          ) : view === 'report' ? (
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              <ReportView analysis={analysis} title={folderLabel(workspace.folder)} files={files ?? []} />
            </Suspense>
          ) : (
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              <IctIndexView
                files={files ?? []}
                whatIf={folderWhatIf}
                onWhatIf={(file, settings) => {
                  // The folder shown now: the view hands on its last change as it closes, also when another
                  // folder is being opened. A view setting, like the language: kept, never undone.
                  const key = whatIfKey(workspace.folder, file);
                  change((current) => putWhatIf(current, key, settings), false);
                }}
              />
            </Suspense>
          )}
        </main>
        </DocumentSetContext>
      </div>
    </LanguageContext>
  );
}
