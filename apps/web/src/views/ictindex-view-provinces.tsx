import { maxOf, minOf, type Language } from '@egov/core';
import {
  compareYears,
  describeRankChange,
  indicatorNodes,
  summariseRankChanges,
  whatIf,
  type FrameworkNode,
} from '@egov/ictindex';
import { useEffect, useMemo, useRef, useState } from 'react';
import { computeYears, rankingRows, type IctIndexData } from '../domain/ictindex-data';
import { TableExport } from '../components/table-export';
import { useLanguage } from '../i18n/messages';
import { isNeutralWhatIf, type WhatIfSettings } from '../workspace/what-if-settings';
import '../components/data-views.css';

const formatScore = (score: number | null, language: Language): string =>
  score === null ? '—' : language === 'vi' ? score.toFixed(4).replace('.', ',') : score.toFixed(4);
// Exported scores keep the 4 decimals shown, as numbers (not the locale's text).
const exportScore = (score: number | null): number | null => (score === null ? null : Number(score.toFixed(4)));
const formatRaw = (value: number, language: Language): string => {
  const text = String(Math.round(value * 100) / 100);
  return language === 'vi' ? text.replace('.', ',') : text;
};

/** The groups and sub-groups of a framework, depth first, with their depth (1 = group). */
function composites(root: FrameworkNode): { node: FrameworkNode; depth: number }[] {
  return (root.children ?? []).flatMap((group) => [
    { node: group, depth: 1 },
    ...(group.children ?? []).filter((child) => child.children !== undefined).map((child) => ({ node: child, depth: 2 })),
  ]);
}

/** Props of {@link IctIndexProvinces}. */
export interface IctIndexProvincesProps {
  readonly data: IctIndexData;
  /** The unit selected first (default: the unit of the saved what-if, else Lào Cai when present, else the first ranked). */
  readonly initialUnit?: string;
  /** The what-if settings saved for this file: restored when the view opens (their year and unit are opened). */
  readonly saved?: WhatIfSettings | undefined;
  /**
   * Called with the settings to keep (or `undefined` after a reset) a moment after the sliders stop
   * moving, and at once when the view closes with a change not yet passed on.
   */
  readonly onSave?: (settings: WhatIfSettings | undefined) => void;
}

// Dragging a slider fires many changes a second; the workspace (and IndexedDB) gets the last one only.
const saveDelayMs = 300;

/** The indicator values tried for one unit in one year (by index into the data's datasets). */
interface TriedValues {
  readonly unit: string;
  readonly yearIndex: number;
  readonly values: Readonly<Record<string, number>>;
}
const noValues: TriedValues = { unit: '', yearIndex: -1, values: {} };

/**
 * The ICT-Index across provinces: the ranking of every unit for a year, the selected unit's profile by
 * group and sub-group with its year-over-year changes in the plans' words (`compareYears`,
 * `describeRankChange`, `summariseRankChanges`), and what-if sliders (the unit's indicator values with
 * `whatIf`, the group weights with `computeIndex`) that re-rank everyone at once. The what-if settings
 * are handed to `onSave` to be kept with the workspace and come back through `saved`; "Bỏ giả định"
 * clears them.
 *
 * @param props - Indicator data read by `readIctIndexData`, the saved what-if settings and where to save them.
 * @returns The view.
 * @example
 * ```tsx
 * <IctIndexProvinces data={readIctIndexData('ictindex-63.csv', text)} />
 * ```
 */
export function IctIndexProvinces({ data, initialUnit, saved, onSave }: IctIndexProvincesProps) {
  const { t, language } = useLanguage();
  // Saved values open on their year and unit (when the file still has them), so they show at once.
  const [restored] = useState<{ yearIndex: number; values: TriedValues | undefined }>(() => {
    const tried = saved?.values;
    const yearIndex = tried === undefined ? -1 : data.datasets.findIndex((dataset) => dataset.year === tried.year);
    const known = tried !== undefined && yearIndex >= 0 && data.datasets[yearIndex]?.values[tried.unit] !== undefined;
    return known ? { yearIndex, values: { unit: tried.unit, yearIndex, values: tried.values } } : { yearIndex: data.datasets.length - 1, values: undefined };
  });
  const [yearIndex, setYearIndex] = useState(restored.yearIndex);
  const [weights, setWeights] = useState<Readonly<Record<string, number>>>(() => saved?.weights ?? {});
  const computations = useMemo(() => computeYears(data, weights), [data, weights]);
  const base = computations[Math.min(yearIndex, computations.length - 1)];
  const previous = computations[Math.min(yearIndex, computations.length - 1) - 1];
  const units = base?.units ?? [];
  const [unit, setUnit] = useState<string>(
    () => initialUnit ?? restored.values?.unit ?? units.find((candidate) => candidate === 'Lào Cai') ?? (base === undefined ? '' : (rankingRows(base)[0]?.unit ?? '')),
  );
  const framework = base?.framework;
  const subgroups = framework === undefined ? [] : composites(framework.root).filter((entry) => entry.depth === 2);
  // A restored what-if opens the sub-group of its first indicator, so its slider is in sight.
  const [subgroupId, setSubgroupId] = useState<string>(() => {
    const first = Object.keys(restored.values?.values ?? {})[0];
    return subgroups.find((entry) => indicatorNodes(entry.node).some((indicator) => indicator.id === first))?.node.id ?? subgroups[0]?.node.id ?? '';
  });
  // What-if values belong to one unit and one year; choosing another starts afresh.
  const [changes, setChanges] = useState<TriedValues>(() => restored.values ?? noValues);
  const values = changes.unit === unit && changes.yearIndex === yearIndex ? changes.values : {};
  const [showRestored, setShowRestored] = useState(saved !== undefined && !isNeutralWhatIf(saved));

  // Hands the settings on when they change (not on opening): after a pause, or at once when the view closes.
  const settings = useMemo((): WhatIfSettings | undefined => {
    const year = data.datasets[changes.yearIndex]?.year;
    const tried = Object.keys(changes.values).length === 0 || year === undefined ? undefined : { unit: changes.unit, year, values: changes.values };
    const next: WhatIfSettings = { weights, ...(tried === undefined ? {} : { values: tried }) };
    return isNeutralWhatIf(next) ? undefined : next;
  }, [data, weights, changes]);
  const saveRef = useRef(onSave);
  const pending = useRef<{ readonly settings: WhatIfSettings | undefined } | undefined>(undefined);
  const handedOn = useRef(JSON.stringify(saved === undefined || isNeutralWhatIf(saved) ? null : saved));
  useEffect(() => {
    saveRef.current = onSave;
  });
  useEffect(() => {
    const text = JSON.stringify(settings ?? null);
    if (text === handedOn.current) {
      pending.current = undefined;
      return;
    }
    pending.current = { settings };
    const timer = setTimeout(() => {
      pending.current = undefined;
      handedOn.current = text;
      saveRef.current?.(settings);
    }, saveDelayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [settings]);
  useEffect(
    () => () => {
      const unsaved = pending.current;
      pending.current = undefined;
      if (unsaved !== undefined) saveRef.current?.(unsaved.settings);
    },
    [],
  );
  const scenario = useMemo(() => {
    const entries = Object.entries(values);
    if (base === undefined || entries.length === 0 || !base.units.includes(unit)) return base;
    return whatIf(
      base,
      entries.map(([indicatorId, value]) => ({ unitId: unit, indicatorId, value })),
    );
  }, [base, values, unit]);
  if (base === undefined || scenario === undefined || framework === undefined) return null;
  const rootId = framework.root.id;
  const groups = framework.root.children ?? [];
  const year = base.year ?? 0;
  const name = (id: string): string => data.unitNames[id] ?? id;
  const rows = rankingRows(scenario);
  const whatIfActive = scenario !== base || Object.values(weights).some((weight) => weight !== 1);
  const baseRank = base.rank(rootId, unit);
  const scenarioRank = scenario.rank(rootId, unit);
  // Against the scenario the table shows: with a what-if, the change column and the summary speak of the
  // what-if rank, not of the published one beside it (a sentence must not contradict its own row).
  const changesByNode = previous === undefined ? [] : compareYears(previous, scenario, unit);
  const groupChanges = changesByNode.filter((change) => change.depth === 1);
  const subgroup = subgroups.find((entry) => entry.node.id === subgroupId)?.node;
  const sliders = subgroup === undefined ? [] : indicatorNodes(subgroup);
  /** The values of an indicator across units, `undefined` when no unit has one (no slider can be drawn). */
  const range = (indicatorId: string): { min: number; max: number } | undefined => {
    const raws = base.units.map((candidate) => base.raw(indicatorId, candidate)).filter((value): value is number => value !== null);
    return raws.length === 0 ? undefined : { min: minOf(raws), max: maxOf(raws) };
  };
  const setValue = (indicatorId: string, value: number): void => {
    setChanges({ unit, yearIndex, values: { ...values, [indicatorId]: value } });
  };
  const reset = (): void => {
    setChanges(noValues);
    setWeights({});
    setShowRestored(false);
  };
  const moveText = (from: number | null, to: number | null): string => {
    if (from === null || to === null) return '—';
    if (from === to) return language === 'vi' ? `giữ nguyên thứ ${String(to)}` : `stays ${String(to)}`;
    const places = Math.abs(from - to);
    if (language === 'vi') return `thứ ${String(from)} → thứ ${String(to)} (${to < from ? 'tăng' : 'giảm'} ${String(places)} bậc)`;
    return `${String(from)} → ${String(to)} (${to < from ? 'up' : 'down'} ${String(places)})`;
  };

  return (
    <section className="ict-provinces" aria-labelledby="ict-provinces-title">
      <h3 id="ict-provinces-title">{t('ictAcrossProvinces')}</h3>
      <p className="muted small">{data.file}</p>
      {data.synthetic ? (
        <p className="synthetic-note" role="note">
          <strong>{t('ictSynthetic')}</strong> {t('ictSyntheticNote')}
        </p>
      ) : null}
      <div className="filters">
        <label className="field inline">
          <span>{t('year')}</span>
          <select value={yearIndex} onChange={(event) => { setYearIndex(Number(event.currentTarget.value)); }}>
            {computations.map((computation, index) => (
              <option key={computation.year ?? index} value={index}>
                {computation.year}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>{t('ictProvince')}</span>
          <select value={unit} onChange={(event) => { setUnit(event.currentTarget.value); }}>
            {[...units].sort((a, b) => name(a).localeCompare(name(b), 'vi')).map((id) => (
              <option key={id} value={id}>
                {name(id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="with-side">
        <div className="main-column">
          <TableExport
            name={`ict-profile-${unit}-${String(year)}${whatIfActive ? '-what-if' : ''}`}
            label={`${t('ictProfile')}: ${name(unit)} (${String(year)})`}
            table={() => ({
              headers: [
                language === 'vi' ? 'Nhóm / nhóm con' : 'Group / sub-group',
                t('ictScore'),
                t('ranking'),
                language === 'vi' ? 'Số tỉnh được xếp hạng' : 'Provinces ranked',
                previous === undefined ? t('ictNoPrevious') : `${t('ictChange')} ${String(previous.year ?? '')}→${String(year)}`,
              ],
              rows: [{ node: framework.root, depth: 0 }, ...composites(framework.root)].map(({ node }) => {
                const change = changesByNode.find((candidate) => candidate.nodeId === node.id);
                return [
                  node.name[language],
                  exportScore(scenario.score(node.id, unit)),
                  scenario.rank(node.id, unit),
                  scenario.rankedCount(node.id),
                  change === undefined || change.previousRank === null || change.currentRank === null
                    ? ''
                    : describeRankChange(
                        { previousYear: change.previousYear, currentYear: change.currentYear, previousRank: change.previousRank, currentRank: change.currentRank },
                        { language },
                      ),
                ];
              }),
            })}
          />
          <table className="data compact-rows" aria-describedby="ict-profile-summary">
            <caption>
              {t('ictProfile')}: {name(unit)} ({year})
              {whatIfActive ? ` — ${t('ictWhatIfApplied')}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">{language === 'vi' ? 'Nhóm / nhóm con' : 'Group / sub-group'}</th>
                <th scope="col" className="num">{t('ictScore')}</th>
                <th scope="col" className="num">{t('ranking')}</th>
                <th scope="col">{previous === undefined ? t('ictNoPrevious') : `${t('ictChange')} ${String(previous.year ?? '')}→${String(year)}`}</th>
              </tr>
            </thead>
            <tbody>
              {[{ node: framework.root, depth: 0 }, ...composites(framework.root)].map(({ node, depth }) => {
                const score = scenario.score(node.id, unit);
                const rank = scenario.rank(node.id, unit);
                const change = changesByNode.find((candidate) => candidate.nodeId === node.id);
                return (
                  <tr key={node.id} className={depth === 0 ? 'grand' : ''} data-node={node.id}>
                    <th scope="row" className={depth === 2 ? 'indent' : ''}>
                      {node.name[language]}
                    </th>
                    <td className="num nowrap">
                      <span className="bar" aria-hidden="true">
                        <span style={{ width: `${String(Math.round((score ?? 0) * 100))}%` }} />
                      </span>
                      {formatScore(score, language)}
                    </td>
                    <td className="num">
                      {rank ?? '—'}/{scenario.rankedCount(node.id)}
                    </td>
                    <td>
                      {change === undefined || change.previousRank === null || change.currentRank === null
                        ? '—'
                        : describeRankChange(
                            { previousYear: change.previousYear, currentYear: change.currentYear, previousRank: change.previousRank, currentRank: change.currentRank },
                            { language },
                          )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {previous === undefined || groupChanges.length === 0 ? null : (
            <p id="ict-profile-summary" className="summary">
              {summariseRankChanges(
                {
                  previousYear: previous.year ?? 0,
                  up: groupChanges.filter((change) => change.trend === 'up').length,
                  down: groupChanges.filter((change) => change.trend === 'down').length,
                  unchanged: groupChanges.filter((change) => change.trend === 'unchanged').length,
                },
                language,
              )}
              .
            </p>
          )}
          <TableExport
            name={`ict-ranking-${String(year)}${whatIfActive ? '-what-if' : ''}`}
            label={`${t('ictRankingOf')} ${String(year)}`}
            table={() => ({
              headers: [t('ranking'), t('ictProvince'), framework.root.name[language], ...groups.map((group) => group.name[language])],
              rows: rows.map((row) => [row.rank, name(row.unit), exportScore(row.score), ...groups.map((group) => exportScore(row.groups[group.id] ?? null))]),
            })}
          />
          <div className="scroll-x">
            <table className="data ranking" data-testid="ict-ranking">
              <caption>
                {t('ictRankingOf')} {year}
                {data.synthetic ? ` (${t('ictSynthetic').toLowerCase()})` : ''}
                {whatIfActive ? ` — ${t('ictWhatIfApplied')}` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('ranking')}</th>
                  <th scope="col">{t('ictProvince')}</th>
                  <th scope="col" className="num">{framework.root.name[language]}</th>
                  {groups.map((group) => (
                    <th key={group.id} scope="col" className="num">
                      {group.name[language]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.unit} className={row.unit === unit ? 'selected' : ''} aria-current={row.unit === unit ? 'true' : undefined}>
                    <td className="num">{row.rank ?? '—'}</td>
                    <th scope="row">
                      <button type="button" className="link" onClick={() => { setUnit(row.unit); }}>
                        {name(row.unit)}
                      </button>
                    </th>
                    <td className="num">{formatScore(row.score, language)}</td>
                    {groups.map((group) => (
                      <td key={group.id} className="num">
                        {formatScore(row.groups[group.id] ?? null, language)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <aside className="side-column whatif" aria-labelledby="ict-whatif-title">
          <h3 id="ict-whatif-title">{t('ictWhatIf')}</h3>
          <p className="muted small">{t('ictWhatIfHint')}</p>
          <p className="whatif-result" role="status" data-testid="whatif-rank">
            {t('ictOverallRankOf')} {name(unit)}: <strong>{moveText(baseRank, scenarioRank)}</strong>
          </p>
          {showRestored && whatIfActive ? (
            <p className="muted small" data-testid="whatif-restored">
              {t('ictWhatIfRestored')}
            </p>
          ) : null}
          {/* Near the top, so clearing a what-if (also one kept from an earlier visit) is always in sight. */}
          <button type="button" className="whatif-reset" onClick={reset} disabled={!whatIfActive}>
            {t('ictReset')}
          </button>
          <fieldset>
            <legend>{t('ictIndicators')}</legend>
            <label className="field">
              <span>{t('ictSubgroup')}</span>
              <select value={subgroupId} onChange={(event) => { setSubgroupId(event.currentTarget.value); }}>
                {subgroups.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name[language]}
                  </option>
                ))}
              </select>
            </label>
            {sliders.map((indicator) => {
              const spread = range(indicator.id);
              if (spread === undefined) {
                return (
                  <p key={indicator.id} className="slider muted">
                    {indicator.name[language]}: {t('ictNoValues')}
                  </p>
                );
              }
              const { min, max } = spread;
              const current = values[indicator.id] ?? base.raw(indicator.id, unit) ?? min;
              const original = base.raw(indicator.id, unit);
              const step = max > min ? Math.max(0.01, Math.round(((max - min) / 200) * 100) / 100) : 1;
              return (
                <label key={indicator.id} className="slider">
                  <span className="slider-label">
                    {indicator.name[language]}
                    {indicator.unit === undefined ? '' : ` (${indicator.unit})`}
                  </span>
                  <input
                    type="range"
                    min={min}
                    max={max}
                    step={step}
                    value={current}
                    data-indicator={indicator.id}
                    onChange={(event) => { setValue(indicator.id, Number(event.currentTarget.value)); }}
                  />
                  <output>
                    {formatRaw(current, language)}
                    {original === null || values[indicator.id] === undefined ? '' : ` (${t('ictWas')} ${formatRaw(original, language)})`}
                  </output>
                </label>
              );
            })}
          </fieldset>
          <fieldset>
            <legend>{t('ictGroupWeights')}</legend>
            {groups.map((group) => {
              const weight = weights[group.id] ?? 1;
              return (
                <label key={group.id} className="slider">
                  <span className="slider-label">{group.name[language]}</span>
                  <input
                    type="range"
                    min={0}
                    max={3}
                    step={0.1}
                    value={weight}
                    onChange={(event) => {
                      const value = Number(event.currentTarget.value);
                      setWeights((current) => ({ ...current, [group.id]: value }));
                    }}
                  />
                  <output>{formatRaw(weight, language)}</output>
                </label>
              );
            })}
          </fieldset>
        </aside>
      </div>
    </section>
  );
}
