import { tableReading, type TableReading, type TableReadingOptions } from '../files/table-reading';
import { hasErrors, sortFindings, type Finding } from '@egov/core';
import {
  atLeastLevel,
  classToLevels,
  countProcedures,
  findDuplicates,
  groupProcedures,
  isCatalogueHeaders,
  isLevelCountHeaders,
  levelToClass,
  type OnlineClass,
  type Procedure,
  type ProcedureCounts,
} from '@egov/procedures';
import {
  catalogueFromTable,
  levelCountsFromTable,
  locateDuplicateFindings,
  ratioText,
} from '../files/procedure-table';
import { readInput } from '../files/read-input';
import { UsageError, type CommandContext } from '../context';
import { formatFindingsReport } from '../output/print-findings';
import { formatTable } from '../output/format-table';
import { printInputFindings, writeSarif } from '../output/sarif';

/** Options of `egov procedures stats`. */
export interface ProceduresStatsOptions extends TableReadingOptions {
  /** `agency`, `field` or `tier`. */
  readonly by?: string;
}

/** Options of `egov procedures dedupe`. */
export interface ProceduresDedupeOptions extends TableReadingOptions {
  /** `agency` (default) or `catalogue`. */
  readonly scope?: string;
  /** Minimum similarity of near-duplicates, 0–1 (default 0.85). */
  readonly minScore?: string;
}

type Loaded =
  | {
      readonly ok: true;
      readonly kind: 'catalogue' | 'counts';
      /** The catalogue's procedures; none for a count table, whose counts are numbers (never one object per count). */
      readonly procedures: readonly Procedure[];
      readonly counts: ProcedureCounts;
      readonly rows: readonly number[];
      readonly findings: readonly Finding[];
    }
  | { readonly ok: false };

async function loadCatalogue(context: CommandContext, file: string, allowCounts: boolean, reading: TableReading = {}): Promise<Loaded> {
  const input = await readInput(file);
  if (input.format === 'unreadable') {
    printInputFindings(context, [{ file, findings: input.findings }], 2);
    return { ok: false };
  }
  if (input.format !== 'table') throw new UsageError(`${file} is a document; a procedure catalogue is a CSV or XLSX table`);
  const headers = input.table.headers;
  if (isLevelCountHeaders(headers, reading.columns)) {
    if (!allowCounts) throw new UsageError(`${file} counts procedures by level; it lists no procedures to compare or classify (try "egov procedures stats")`);
    const counts = levelCountsFromTable(input.table, file, reading);
    return { ok: true, kind: 'counts', procedures: [], counts: counts.counts, rows: [], findings: [...input.findings, ...counts.findings] };
  }
  if (!isCatalogueHeaders(headers, reading.columns)) {
    throw new UsageError(
      `${file} is not a procedure catalogue: it needs a name column ("Tên thủ tục", "Tên TTHC", "Tên DVCTT", …) and a level or class column ("Mức độ", "Mức độ DVCTT", "Toàn trình/Một phần", …); found ${headers.map((h) => `"${h}"`).join(', ')}; if one of them is such a column, say so, e.g. --columns name="…" --columns level="…"`,
    );
  }
  const catalogue = catalogueFromTable(input.table, file, reading);
  return {
    ok: true,
    kind: 'catalogue',
    procedures: catalogue.procedures,
    counts: countProcedures(catalogue.procedures),
    rows: catalogue.rows,
    findings: [...input.findings, ...catalogue.findings],
  };
}

function printFindings(context: CommandContext, file: string, findings: readonly Finding[]): void {
  const shown = context.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  if (shown.length === 0) return;
  context.say('');
  context.io.stdout(formatFindingsReport([{ file, findings: sortFindings(shown) }], context.lang, context.style));
}

const classNames: Readonly<Record<OnlineClass | 'unknown', { vi: string; en: string }>> = {
  full: { vi: 'Toàn trình', en: 'Full online' },
  partial: { vi: 'Một phần', en: 'Partial online' },
  none: { vi: 'Không phải DVCTT', en: 'Not online' },
  unknown: { vi: 'Không rõ', en: 'Unknown' },
};

function countsJson(counts: ProcedureCounts) {
  return {
    total: counts.total,
    byLevel: counts.byLevel,
    levelUnknown: counts.levelUnknown,
    atLeastLevel3: atLeastLevel(counts, 3),
    byClass: counts.byClass,
    classUnknown: counts.classUnknown,
  };
}

/**
 * `egov procedures stats <catalogue>`: counts and exact shares by online level (Decree 43/2011) and class
 * (Decree 42/2022), the share at level 3 or higher ("70/138 = 50,72%"), optionally grouped by lead agency,
 * field or tier. Reads a catalogue table, or a count table by level with a stated total (source 000).
 *
 * @returns 0, 1 when reading found errors (a stated total that does not add up), 2 when unreadable.
 * @throws {UsageError} for an unknown `--by`, a table that is not a catalogue, `--by` on a count table.
 * @example
 * ```ts
 * await proceduresStatsCommand(context, 'examples/langson-2019-it-plan/procedure-levels.csv', {}); // 70/138 = 50,72%
 * ```
 */
export async function proceduresStatsCommand(context: CommandContext, file: string, options: ProceduresStatsOptions): Promise<number> {
  const by = options.by;
  if (by !== undefined && by !== 'agency' && by !== 'field' && by !== 'tier') throw new UsageError(`--by must be agency, field or tier, found "${by}"`);
  const loaded = await loadCatalogue(context, file, true, tableReading(options));
  if (!loaded.ok) return 2;
  if (by !== undefined && loaded.kind === 'counts') throw new UsageError(`${file} counts procedures by level only: it cannot be grouped --by ${by}`);
  const counts = loaded.counts;
  const groups = by === undefined ? [] : groupProcedures(loaded.procedures, by);
  const findings = sortFindings(loaded.findings);
  const code = hasErrors(findings) ? 1 : 0;
  const lang = context.lang;
  if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], code);
  if (context.format !== 'text') {
    const json = {
      file,
      kind: loaded.kind,
      ...countsJson(counts),
      ...(by === undefined ? {} : { by, groups: groups.map((group) => ({ key: group.key, label: group.label ?? null, ...countsJson(group.counts) })) }),
      findings,
    };
    context.io.stdout(JSON.stringify(json, null, 2) + '\n');
    return code;
  }
  const vi = lang === 'vi';
  const share = (n: number) => ratioText({ numerator: n, denominator: counts.total }, lang);
  context.say(context.style.bold(file) + context.style.dim(` (${String(counts.total)} ${vi ? 'thủ tục' : 'procedures'})`));
  context.say('');
  const levelRows = ([4, 3, 2, 1] as const).map((level) => [`${vi ? 'Mức độ' : 'Level'} ${String(level)}`, String(counts.byLevel[level]), share(counts.byLevel[level])]);
  if (counts.levelUnknown > 0) levelRows.push([vi ? 'Không ghi mức độ' : 'No level', String(counts.levelUnknown), share(counts.levelUnknown)]);
  levelRows.push([vi ? '≥ mức độ 3' : '≥ level 3', String(atLeastLevel(counts, 3).numerator), share(atLeastLevel(counts, 3).numerator)]);
  context.say(formatTable([vi ? 'Mức độ (NĐ 43/2011)' : 'Level (Decree 43/2011)', vi ? 'Số TTHC' : 'Procedures', vi ? 'Tỷ lệ' : 'Share'], levelRows));
  context.say('');
  const classRows = (['full', 'partial', 'none'] as const).map((onlineClass) => [classNames[onlineClass][lang], String(counts.byClass[onlineClass]), share(counts.byClass[onlineClass])]);
  if (counts.classUnknown > 0) classRows.push([classNames.unknown[lang], String(counts.classUnknown), share(counts.classUnknown)]);
  context.say(formatTable([vi ? 'Loại (NĐ 42/2022)' : 'Class (Decree 42/2022)', vi ? 'Số TTHC' : 'Procedures', vi ? 'Tỷ lệ' : 'Share'], classRows));
  if (counts.levelUnknown === counts.total && counts.total > 0) {
    context.say(context.style.dim(vi ? '\nDanh mục không ghi mức độ 1–4 (chỉ ghi loại toàn trình/một phần).' : '\nThe catalogue states no level 1–4 (classes only).'));
  }
  if (by !== undefined) {
    const title = { agency: { vi: 'Cơ quan chủ trì', en: 'Lead agency' }, field: { vi: 'Lĩnh vực', en: 'Field' }, tier: { vi: 'Cấp', en: 'Tier' } }[by][lang];
    const tierNames: Readonly<Record<string, { vi: string; en: string }>> = {
      central: { vi: 'Trung ương', en: 'Central' },
      province: { vi: 'Cấp tỉnh', en: 'Province' },
      district: { vi: 'Cấp huyện', en: 'District' },
      commune: { vi: 'Cấp xã', en: 'Commune' },
    };
    const rows = groups.map((group) => [
      group.label === undefined ? (vi ? '(không ghi)' : '(not stated)') : by === 'tier' ? (tierNames[group.label]?.[lang] ?? group.label) : group.label,
      String(group.counts.total),
      ...([4, 3, 2, 1] as const).map((level) => String(group.counts.byLevel[level])),
      // A group whose procedures state no level has no share at level 3 or higher, not 0%.
      group.counts.levelUnknown === group.counts.total ? '—' : ratioText(atLeastLevel(group.counts, 3), lang),
      String(group.counts.byClass.full),
      String(group.counts.byClass.partial),
      String(group.counts.byClass.none),
    ]);
    context.say('');
    context.say(
      formatTable(
        [title, vi ? 'Tổng' : 'Total', vi ? 'MĐ4' : 'L4', vi ? 'MĐ3' : 'L3', vi ? 'MĐ2' : 'L2', vi ? 'MĐ1' : 'L1', vi ? '≥ MĐ3' : '≥ L3', vi ? 'Toàn trình' : 'Full', vi ? 'Một phần' : 'Partial', vi ? 'Không' : 'None'],
        rows,
      ),
    );
  }
  printFindings(context, file, findings);
  return code;
}

/**
 * `egov procedures dedupe <catalogue>`: duplicate and near-duplicate procedures (`findDuplicates`),
 * cluster by cluster with the reason, the similarity and each member's row, code and name. Duplicates
 * are warnings (exact) and information (near) to review, so they do not change the exit code.
 *
 * @returns 0, 1 when reading found errors, 2 when unreadable.
 * @throws {UsageError} for a bad `--scope` or `--min-score`, a table that is not a catalogue.
 * @example
 * ```ts
 * await proceduresDedupeCommand(context, 'examples/today-2026-catalogue/catalogue.csv', {}); // 4 clusters
 * ```
 */
export async function proceduresDedupeCommand(context: CommandContext, file: string, options: ProceduresDedupeOptions): Promise<number> {
  const scope = options.scope ?? 'agency';
  if (scope !== 'agency' && scope !== 'catalogue') throw new UsageError(`--scope must be agency or catalogue, found "${scope}"`);
  const minScore = options.minScore === undefined ? 0.85 : Number(options.minScore.replace(',', '.'));
  if (!Number.isFinite(minScore) || minScore <= 0 || minScore > 1) throw new UsageError(`--min-score must be a number in (0, 1], found "${options.minScore ?? ''}"`);
  const loaded = await loadCatalogue(context, file, false, tableReading(options));
  if (!loaded.ok) return 2;
  const { procedures, rows } = loaded;
  const report = findDuplicates(procedures, { scope, minScore });
  const findings = sortFindings([...loaded.findings, ...locateDuplicateFindings(report.findings, rows, file)]);
  const code = hasErrors(findings) ? 1 : 0;
  const member = (index: number) => ({
    row: rows[index] ?? null,
    code: procedures[index]?.code ?? null,
    name: procedures[index]?.name ?? '',
    agency: procedures[index]?.leadAgency ?? null,
    class: procedures[index]?.onlineClass ?? null,
    level: procedures[index]?.onlineLevel ?? null,
  });
  if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], code);
  if (context.format !== 'text') {
    const clusters = report.clusters.map((cluster) => ({
      kind: cluster.kind,
      reasons: cluster.reasons,
      score: cluster.score,
      members: cluster.members.map(member),
      pairs: cluster.pairs.map((pair) => ({ a: rows[pair.a] ?? null, b: rows[pair.b] ?? null, reason: pair.reason, score: pair.score })),
    }));
    context.io.stdout(JSON.stringify({ file, procedures: procedures.length, scope, minScore, clusters, findings }, null, 2) + '\n');
    return code;
  }
  const vi = context.lang === 'vi';
  const score = (value: number) => (vi ? value.toFixed(2).replace('.', ',') : value.toFixed(2));
  const reasonNames: Readonly<Record<string, { vi: string; en: string }>> = {
    'same-code': { vi: 'cùng mã', en: 'same code' },
    'same-name-and-agency': { vi: 'cùng tên, cùng cơ quan', en: 'same name and agency' },
    'same-name': { vi: 'cùng tên', en: 'same name' },
    'similar-name': { vi: 'tên gần giống', en: 'similar name' },
  };
  context.say(
    context.style.bold(file) +
      context.style.dim(
        vi
          ? ` (${String(procedures.length)} thủ tục, ${String(report.clusters.length)} nhóm trùng lặp, so sánh ${scope === 'agency' ? 'trong từng cơ quan' : 'toàn danh mục'})`
          : ` (${String(procedures.length)} procedures, ${String(report.clusters.length)} duplicate clusters, compared ${scope === 'agency' ? 'within each agency' : 'across the catalogue'})`,
      ),
  );
  report.clusters.forEach((cluster, n) => {
    const reasons = cluster.reasons.map((reason) => reasonNames[reason]?.[context.lang] ?? reason).join(', ');
    context.say('');
    context.say(`${String(n + 1)}. ${cluster.kind === 'exact' ? (vi ? 'trùng' : 'duplicate') : vi ? 'gần trùng' : 'near-duplicate'} · ${reasons} · ${vi ? 'độ giống' : 'similarity'} ${score(cluster.score)}`);
    context.say(
      formatTable(
        [vi ? 'Dòng' : 'Row', vi ? 'Mã' : 'Code', vi ? 'Tên thủ tục' : 'Procedure', vi ? 'Loại' : 'Class'],
        cluster.members.map((index) => {
          const m = member(index);
          return [m.row === null ? '' : String(m.row), m.code ?? '—', m.name, m.class === null ? '' : classNames[m.class][context.lang]];
        }),
      ),
    );
  });
  if (report.clusters.length === 0) context.say(vi ? 'Không có thủ tục trùng lặp.' : 'No duplicate procedures.');
  printFindings(
    context,
    file,
    findings.filter((finding) => !finding.ruleId.includes('duplicate-procedure')),
  );
  return code;
}

interface Classified {
  readonly row: number | null;
  readonly code: string | null;
  readonly name: string;
  readonly level: number | null;
  readonly statedClass: OnlineClass | null;
  readonly derivedClass: OnlineClass | null;
  readonly class: OnlineClass | null;
  readonly caveat: 'level-4-presumed-full' | 'not-online' | 'class-level-conflict' | 'stated' | 'unknown' | 'level-3-partial';
}

const caveatText: Readonly<Record<Classified['caveat'], { vi: string; en: string }>> = {
  'level-3-partial': { vi: 'mức độ 3 → một phần (NĐ 42/2022 Điều 11)', en: 'level 3 → partial (Decree 42/2022 Art. 11)' },
  'level-4-presumed-full': {
    vi: 'mức độ 4 → toàn trình theo giả định; là một phần nếu trả kết quả trực tiếp (NĐ 43 cho phép, NĐ 42 Điều 11 không)',
    en: 'level 4 → full, presumed; partial if the result is handed over in person (Decree 43 allowed it, Decree 42 Art. 11 does not)',
  },
  'not-online': { vi: 'mức độ 1–2 không phải DVCTT theo NĐ 42/2022 Điều 11', en: 'levels 1–2 are not online services under Decree 42/2022 Art. 11' },
  'class-level-conflict': { vi: 'loại ghi không khớp mức độ ghi; dùng loại ghi', en: 'stated class contradicts the stated level; the stated class is used' },
  stated: { vi: 'loại ghi trong danh mục', en: 'class as stated in the catalogue' },
  unknown: { vi: 'không ghi mức độ hay loại', en: 'neither level nor class stated' },
};

function classify(procedure: Procedure, row: number | undefined): Classified {
  const level = procedure.onlineLevel;
  const stated = procedure.onlineClass;
  const derived = level === undefined ? undefined : levelToClass(level);
  let caveat: Classified['caveat'];
  if (stated !== undefined && level !== undefined && !classToLevels(stated).includes(level)) caveat = 'class-level-conflict';
  else if (stated !== undefined) caveat = 'stated';
  else if (level === undefined) caveat = 'unknown';
  else if (level <= 2) caveat = 'not-online';
  else caveat = level === 3 ? 'level-3-partial' : 'level-4-presumed-full';
  return {
    row: row ?? null,
    code: procedure.code ?? null,
    name: procedure.name,
    level: level ?? null,
    statedClass: stated ?? null,
    derivedClass: derived ?? null,
    class: stated ?? derived ?? null,
    caveat,
  };
}

/**
 * `egov procedures classify <catalogue>`: each procedure's Decree 43/2011 level turned into its Decree
 * 42/2022 class (`levelToClass`), with the caveat that applies: level 4 is full only by presumption (a
 * level-4 service could hand its result over in person), levels 1–2 are not online services, a stated
 * class that contradicts the stated level wins but is flagged.
 *
 * @returns 0, 1 when reading found errors, 2 when unreadable.
 * @throws {UsageError} for a table that is not a catalogue.
 * @example
 * ```ts
 * await proceduresClassifyCommand(context, 'danh-muc.csv');
 * ```
 */
export async function proceduresClassifyCommand(context: CommandContext, file: string, options: TableReadingOptions = {}): Promise<number> {
  const loaded = await loadCatalogue(context, file, false, tableReading(options));
  if (!loaded.ok) return 2;
  const classified = loaded.procedures.map((procedure, index) => classify(procedure, loaded.rows[index]));
  const findings = sortFindings(loaded.findings);
  const code = hasErrors(findings) ? 1 : 0;
  const lang = context.lang;
  const totals = { full: 0, partial: 0, none: 0, unknown: 0 };
  for (const entry of classified) totals[entry.class ?? 'unknown'] += 1;
  if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], code);
  if (context.format !== 'text') {
    context.io.stdout(JSON.stringify({ file, procedures: classified.map((entry) => ({ ...entry, caveatText: caveatText[entry.caveat][lang] })), totals, findings }, null, 2) + '\n');
    return code;
  }
  const vi = lang === 'vi';
  context.say(
    formatTable(
      [vi ? 'Dòng' : 'Row', vi ? 'Mã' : 'Code', vi ? 'Tên thủ tục' : 'Procedure', vi ? 'Mức độ' : 'Level', vi ? 'Loại (NĐ 42)' : 'Class (Decree 42)', vi ? 'Ghi chú' : 'Note'],
      classified.map((entry) => [
        entry.row === null ? '' : String(entry.row),
        entry.code ?? '—',
        entry.name,
        entry.level === null ? '—' : String(entry.level),
        classNames[entry.class ?? 'unknown'][lang],
        caveatText[entry.caveat][lang],
      ]),
    ),
  );
  const total = classified.length;
  context.say('');
  context.say(
    (['full', 'partial', 'none', 'unknown'] as const)
      .filter((key) => key !== 'unknown' || totals.unknown > 0)
      .map((key) => `${classNames[key][lang]}: ${ratioText({ numerator: totals[key], denominator: total }, lang)}`)
      .join(' · '),
  );
  printFindings(context, file, findings);
  return code;
}
