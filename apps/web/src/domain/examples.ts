import type { AmountUnit } from '@egov/budget';

/** A bundled example folder. */
export interface ExampleFolder {
  readonly id: string;
  readonly label: { readonly vi: string; readonly en: string };
  /** Unit of its budget tables when their headers do not say. */
  readonly budgetUnit?: AmountUnit;
  /** Loads the folder's files (each is a separate chunk, fetched on demand). */
  readonly load: () => Promise<{ name: string; text: string }[]>;
}

const labels: Readonly<Record<string, { vi: string; en: string; budgetUnit?: AmountUnit }>> = {
  'hagiang-2013-roadmap': { vi: 'Hà Giang — Lộ trình DVCTT 2013–2015, định hướng 2020', en: 'Hà Giang — online services roadmap 2013–2015, towards 2020', budgetUnit: 'ty' },
  'thaibinh-2013-roadmap': { vi: 'Thái Bình — Lộ trình DVCTT 2013', en: 'Thái Bình — online services roadmap 2013' },
  'langson-2019-it-plan': { vi: 'Lạng Sơn — Kế hoạch ứng dụng CNTT 2019', en: 'Lạng Sơn — IT application plan 2019' },
  'laocai-2018-ictindex-plan': { vi: 'Lào Cai — Kế hoạch nâng hạng ICT Index 2018', en: 'Lào Cai — ICT Index plan 2018' },
  'bacgiang-2015-action-plan': { vi: 'Bắc Giang — Kế hoạch hành động 2015', en: 'Bắc Giang — action plan 2015' },
  'today-2026-catalogue': { vi: 'Danh mục dịch vụ công 2026', en: 'Public service catalogue 2026' },
  'synthetic-ictindex-63': { vi: 'Dữ liệu mô phỏng — ICT Index 63 tỉnh 2016–2018', en: 'Synthetic data — ICT Index of 63 provinces 2016–2018' },
};

/**
 * Groups the loaders of a Vite glob import (`…/examples/<folder>/<file>` → loader) into example folders,
 * with the labels and budget units the app knows for the repository's examples.
 *
 * @param modules - Path → loader of the file's text.
 * @returns The folders, sorted by id.
 * @example
 * ```ts
 * groupExamples({ '../examples/hagiang-2013-roadmap/budget.csv': () => Promise.resolve('STT,…') })[0]?.budgetUnit; // "ty"
 * ```
 */
export function groupExamples(modules: Readonly<Record<string, () => Promise<string>>>): ExampleFolder[] {
  const folders = new Map<string, [string, () => Promise<string>][]>();
  for (const [path, load] of Object.entries(modules)) {
    const match = /examples\/([^/]+)\/([^/]+)$/.exec(path);
    if (match?.[1] === undefined || match[2] === undefined) continue;
    const files = folders.get(match[1]) ?? [];
    files.push([match[2], load]);
    folders.set(match[1], files);
  }
  return [...folders.entries()]
    .map(([id, files]): ExampleFolder => {
      const label = labels[id];
      return {
        id,
        label: label === undefined ? { vi: id, en: id } : { vi: label.vi, en: label.en },
        ...(label?.budgetUnit === undefined ? {} : { budgetUnit: label.budgetUnit }),
        load: async () => Promise.all(files.map(async ([name, loader]) => ({ name, text: await loader() }))),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The bundled examples of the repository's `examples/` folder; each file is a separate chunk loaded when
 * its folder is opened.
 *
 * @example
 * ```ts
 * const files = await bundledExamples[0]?.load();
 * ```
 */
export const bundledExamples: readonly ExampleFolder[] = groupExamples(
  import.meta.glob<string>('../../../../examples/*/*.{yaml,csv}', { query: '?raw', import: 'default' }),
);
