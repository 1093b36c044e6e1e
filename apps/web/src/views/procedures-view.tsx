import { foldKey, type Finding, type Language } from '@egov/core';
import type { ProcedureCounts } from '@egov/procedures';
import { useMemo, useState } from 'react';
import { DistributionChart } from '../components/distribution-chart';
import { FilePicker } from '../components/file-picker';
import { FindingsList } from '../components/findings-list';
import { TableExport } from '../components/table-export';
import type { ProcedureRow, ProceduresAnalysis } from '../domain/analyse-procedures';
import { useLanguage } from '../i18n/messages';
import '../components/data-views.css';

/** A category of the distribution: a class of Decree 42/2022 or a level of Decree 43/2011. */
interface Category {
  readonly id: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly colour: string;
  readonly count: (counts: ProcedureCounts) => number;
  readonly matches: (row: ProcedureRow) => boolean;
}

// Decree 42/2022/NĐ-CP Art. 11: full (toàn trình) and partial (một phần) online public services.
const classCategories: readonly Category[] = [
  { id: 'full', label: { vi: 'Toàn trình', en: 'Full online' }, colour: '#1f6f43', count: (c) => c.byClass.full, matches: (r) => r.onlineClass === 'full' },
  { id: 'partial', label: { vi: 'Một phần', en: 'Partly online' }, colour: '#5b8def', count: (c) => c.byClass.partial, matches: (r) => r.onlineClass === 'partial' },
  { id: 'none', label: { vi: 'Không trực tuyến', en: 'Not online' }, colour: '#b35c00', count: (c) => c.byClass.none, matches: (r) => r.onlineClass === 'none' },
  { id: 'class-unknown', label: { vi: 'Không ghi', en: 'Not stated' }, colour: '#9aa5b1', count: (c) => c.classUnknown, matches: (r) => r.onlineClass === undefined },
];
// Decree 43/2011/NĐ-CP Art. 3(4): levels 1–4, highest first.
const levelCategories: readonly Category[] = [
  ...([4, 3, 2, 1] as const).map(
    (level): Category => ({
      id: `level-${String(level)}`,
      label: { vi: `Mức độ ${String(level)}`, en: `Level ${String(level)}` },
      colour: ({ 4: '#1f6f43', 3: '#5b8def', 2: '#b35c00', 1: '#6b5b95' } as const)[level],
      count: (c) => c.byLevel[level],
      matches: (r) => r.level === level,
    }),
  ),
  { id: 'level-unknown', label: { vi: 'Không ghi', en: 'Not stated' }, colour: '#9aa5b1', count: (c) => c.levelUnknown, matches: (r) => r.level === undefined },
];

const tierLabels: Readonly<Record<string, { vi: string; en: string }>> = {
  central: { vi: 'Trung ương', en: 'Central' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
};

const percent = (numerator: number, denominator: number, language: Language): string => {
  if (denominator === 0) return '—';
  const text = ((numerator / denominator) * 100).toFixed(2);
  return `${language === 'vi' ? text.replace('.', ',') : text}%`;
};

const rowId = (row: number): string => `procedure-row-${String(row)}`;
// Filter value of an agency; "-" for rows that do not name one ("" means all).
const agencyKey = (agency: string | undefined): string => (agency === undefined ? '-' : foldKey(agency));

/**
 * The procedures view: a catalogue's table with filters by agency, level or class and tier and an
 * accent-insensitive search (`foldKey`: "dang ky khai tu" finds "Đăng ký khai tử" and "Đăng kí khai tử"),
 * the distribution by lead agency (SVG with a data table), catalogue statistics, and the findings (bad
 * cells, rows without a name, duplicates) linked to their rows. A count table by level (Lạng Sơn) shows
 * its distribution and the check of its printed total.
 *
 * @param props - The analyses of the folder's procedure tables.
 * @returns The view.
 * @example
 * ```tsx
 * <ProceduresView analyses={[analyseProcedures('catalogue.csv', text)]} />
 * ```
 */
export function ProceduresView({ analyses }: { readonly analyses: readonly ProceduresAnalysis[] }) {
  const { t, language } = useLanguage();
  const [fileIndex, setFileIndex] = useState(0);
  const analysis = analyses[Math.min(fileIndex, analyses.length - 1)];
  return analysis === undefined ? (
    <p className="empty">{t('noProcedures')}</p>
  ) : (
    <div>
      <header className="view-header">
        <h2>{t('procedures')}</h2>
        <p className="muted">{analysis.file}</p>
      </header>
      <FilePicker label={t('table')} files={analyses.map((candidate) => candidate.file)} index={fileIndex} onChange={setFileIndex} />
      <Catalogue key={analysis.file} analysis={analysis} language={language} />
    </div>
  );
}

function Catalogue({ analysis, language }: { readonly analysis: ProceduresAnalysis; readonly language: Language }) {
  const { t } = useLanguage();
  const categories = analysis.hasClasses || !analysis.hasLevels ? classCategories : levelCategories;
  const [query, setQuery] = useState('');
  const [agency, setAgency] = useState('');
  const [tier, setTier] = useState('');
  const [category, setCategory] = useState('');
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const keys = useMemo(() => analysis.rows.map((row) => foldKey(`${row.name} ${row.code ?? ''} ${row.field ?? ''}`)), [analysis.rows]);
  const folded = foldKey(query);
  const chosen = categories.find((candidate) => candidate.id === category);
  const shown = analysis.rows.filter(
    (row, index) =>
      (folded === '' || (keys[index] ?? '').includes(folded)) &&
      (agency === '' || agencyKey(row.agency) === agency) &&
      (tier === '' || (row.tier ?? '-') === tier) &&
      (chosen === undefined || chosen.matches(row)),
  );
  const byRow = new Map<number, Finding[]>();
  for (const finding of analysis.findings) {
    const row = finding.location?.row;
    if (row !== undefined) byRow.set(row, [...(byRow.get(row) ?? []), finding]);
  }
  const rowsOnScreen = new Set(analysis.rows.map((row) => row.row));
  // Every member of a duplicate group is marked, not only the row its finding points at.
  const duplicateRows = new Set(analysis.duplicates.flatMap((group) => group.rows));
  const show = (finding: Finding): void => {
    const row = finding.location?.row;
    if (row === undefined) return;
    // Clear the filters so the row is on screen.
    setQuery('');
    setAgency('');
    setTier('');
    setCategory('');
    setSelected(row);
    requestAnimationFrame(() => {
      const element = document.getElementById(rowId(row));
      element?.scrollIntoView({ block: 'center' });
      element?.focus();
    });
  };
  const label = (entry: Category): string => entry.label[language];
  const bars =
    analysis.kind === 'counts'
      ? [{ label: t('procAllProcedures'), counts: categories.map((entry) => entry.count(analysis.counts)) }]
      : analysis.byAgency.map((group) => ({ label: group.label === '' ? t('procNoAgency') : group.label, counts: categories.map((entry) => entry.count(group.counts)) }));
  const { counts } = analysis;
  const nameOf = new Map(analysis.rows.map((row) => [row.row, row.name]));
  const classes = categories === classCategories;

  return (
    <>
      <div className="with-side">
        <div className="main-column">
          <dl className="figures">
            <div className="figure">
              <dt>{t('procTotal')}</dt>
              <dd data-testid="procedures-total">{counts.total}</dd>
            </div>
            {categories.map((entry) => (
              <div className="figure" key={entry.id}>
                <dt>{label(entry)}</dt>
                <dd>
                  {entry.count(counts)} <small>{percent(entry.count(counts), counts.total, language)}</small>
                </dd>
              </div>
            ))}
            {classes ? null : (
              <div className="figure">
                <dt>{t('procLevel3Plus')}</dt>
                <dd>
                  {analysis.levelThreeOrMore.numerator}/{analysis.levelThreeOrMore.denominator}{' '}
                  <small>{percent(analysis.levelThreeOrMore.numerator, analysis.levelThreeOrMore.denominator, language)}</small>
                </dd>
              </div>
            )}
            {analysis.statedTotal === undefined ? null : (
              <div className="figure">
                <dt>{t('procStatedTotal')}</dt>
                <dd>{analysis.statedTotal.value}</dd>
              </div>
            )}
            {analysis.kind === 'catalogue' ? (
              <div className="figure">
                <dt>{t('procDuplicateGroups')}</dt>
                <dd>{analysis.duplicates.length}</dd>
              </div>
            ) : null}
          </dl>
          <DistributionChart
            title={analysis.kind === 'counts' ? t('procDistribution') : t('procDistributionByAgency')}
            description={classes ? t('procClassesSource') : t('procLevelsSource')}
            labelHeader={analysis.kind === 'counts' ? t('table') : t('procAgency')}
            totalLabel={t('total')}
            categories={categories.map((entry) => ({ label: label(entry), colour: entry.colour }))}
            bars={bars}
          />
        </div>
        <div className="side-column">
          <FindingsList
            title={t('findings')}
            findings={analysis.findings}
            exportName="procedures-findings"
            canShow={(finding) => finding.location?.row !== undefined && rowsOnScreen.has(finding.location.row)}
            onShow={show}
          />
        </div>
      </div>
      {analysis.kind === 'counts' ? (
        <p className="muted">{t('procCountsOnly')}</p>
      ) : (
        <>
          <div className="filters" role="search">
            <label className="field">
              <span>{t('procSearch')}</span>
              <input type="search" value={query} onChange={(event) => { setQuery(event.currentTarget.value); }} />
            </label>
            <label className="field">
              <span>{t('procAgency')}</span>
              <select value={agency} onChange={(event) => { setAgency(event.currentTarget.value); }}>
                <option value="">{t('procAll')}</option>
                {analysis.byAgency.map((group) => (
                  <option key={group.label} value={agencyKey(group.label === '' ? undefined : group.label)}>
                    {group.label === '' ? t('procNoAgency') : group.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{classes ? t('procClass') : t('level')}</span>
              <select value={category} onChange={(event) => { setCategory(event.currentTarget.value); }}>
                <option value="">{t('procAll')}</option>
                {categories.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {label(entry)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('procTier')}</span>
              <select value={tier} onChange={(event) => { setTier(event.currentTarget.value); }}>
                <option value="">{t('procAll')}</option>
                {analysis.byTier.map((group) => (
                  <option key={group.label} value={group.label === '' ? '-' : group.label}>
                    {tierLabels[group.label]?.[language] ?? (group.label === '' ? t('procNoTier') : group.label)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p role="status" className="muted" data-testid="procedures-shown">
            {language === 'vi' ? `Đang hiện ${String(shown.length)}/${String(counts.total)} thủ tục` : `Showing ${String(shown.length)} of ${String(counts.total)} procedures`}
          </p>
          <TableExport
            name="procedures"
            label={t('procedures')}
            table={() => ({
              headers: [t('row'), t('procCode'), t('procName'), t('procField'), t('procTier'), t('procAgency'), classes ? t('procClass') : t('level')],
              rows: shown.map((row) => {
                const entry = categories.find((candidate) => candidate.matches(row));
                return [
                  row.row,
                  row.code ?? '',
                  row.name,
                  row.field ?? '',
                  row.tier === undefined ? '' : (tierLabels[row.tier]?.[language] ?? row.tier),
                  row.agency ?? '',
                  entry === undefined || entry.id.endsWith('unknown') ? '' : label(entry),
                ];
              }),
            })}
          />
          <div className="scroll-x">
            <table className="data procedures">
              <caption className="sr-only">{t('procedures')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('row')}</th>
                  <th scope="col">{t('procCode')}</th>
                  <th scope="col">{t('procName')}</th>
                  <th scope="col">{t('procField')}</th>
                  <th scope="col">{t('procTier')}</th>
                  <th scope="col">{t('procAgency')}</th>
                  <th scope="col">{classes ? t('procClass') : t('level')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => {
                  const rowFindings = byRow.get(row.row) ?? [];
                  const severity = rowFindings.some((finding) => finding.severity === 'error') ? 'has-error' : rowFindings.some((finding) => finding.severity === 'warning') ? 'has-warning' : rowFindings.length > 0 || duplicateRows.has(row.row) ? 'has-info' : '';
                  const entry = categories.find((candidate) => candidate.matches(row));
                  return (
                    <tr key={row.row} id={rowId(row.row)} data-row={row.row} tabIndex={-1} className={`${severity} ${selected === row.row ? 'selected' : ''}`.trim()}>
                      <td className="num">{row.row}</td>
                      <td>{row.code ?? ''}</td>
                      <th scope="row">{row.name}</th>
                      <td>{row.field ?? ''}</td>
                      <td className="nowrap">{row.tier === undefined ? '' : (tierLabels[row.tier]?.[language] ?? row.tier)}</td>
                      <td>{row.agency ?? ''}</td>
                      <td className="nowrap">{entry === undefined || entry.id.endsWith('unknown') ? '' : label(entry)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {analysis.duplicates.length === 0 ? null : (
            <>
            <TableExport
              name="procedure-duplicates"
              label={t('procDuplicates')}
              table={() => ({
                headers: [t('row'), t('procName'), t('procKind')],
                rows: analysis.duplicates.map((group) => [
                  group.rows.join(', '),
                  group.rows.map((row) => nameOf.get(row) ?? '').join('\n'),
                  group.kind === 'exact' ? t('procExact') : t('procNear'),
                ]),
              })}
            />
            <table className="data duplicates">
              <caption>{t('procDuplicates')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('row')}</th>
                  <th scope="col">{t('procName')}</th>
                  <th scope="col">{t('procKind')}</th>
                </tr>
              </thead>
              <tbody>
                {analysis.duplicates.map((group) => (
                  <tr key={group.rows.join('-')}>
                    <td>{group.rows.join(', ')}</td>
                    <td>
                      {group.rows.map((row) => (
                        <div key={row}>{nameOf.get(row) ?? ''}</div>
                      ))}
                    </td>
                    <td>{group.kind === 'exact' ? t('procExact') : t('procNear')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </>
          )}
        </>
      )}
    </>
  );
}
