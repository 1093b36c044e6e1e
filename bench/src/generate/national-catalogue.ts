import { random } from '../random';
import { actions, fields, mutateName, objects, provinces, qualifiers } from './vietnamese-names';

/** A procedure of the national list that provincial catalogues copy. */
export interface ProcedureTemplate {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly agency: string;
  /** `Cấp tỉnh` or `Cấp xã`. */
  readonly tier: string;
  readonly onlineLevel: 2 | 3 | 4;
  readonly timeLimitDays: number;
  readonly hasFee: boolean;
}

/**
 * The national list of procedures (deterministic): names built from real catalogue wording (action +
 * object + qualifier), codes `1.00xxxx` as in the national database, field and lead department, tier,
 * online level 2–4, time limit 1–30 days.
 *
 * @param count - How many procedures (default 2 100, a province publishes about 2 000).
 * @param seed - The seed.
 * @returns The templates.
 * @example
 * ```ts
 * procedureTemplates(10)[0]?.code; // "1.001000"
 * ```
 */
export function procedureTemplates(count = 2_100, seed = 17): ProcedureTemplate[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: ProcedureTemplate[] = [];
  for (let i = 0; i < count; i += 1) {
    const { field, agency } = pick(fields);
    const qualifier = pick(qualifiers);
    const name = `${pick(actions)} ${pick(objects)}${qualifier === '' ? '' : ` ${qualifier}`}`;
    const commune = next() < 0.3;
    const level = next();
    out.push({
      code: `1.${String(1_000 + i).padStart(6, '0')}`,
      name,
      field,
      agency,
      tier: commune ? 'Cấp xã' : 'Cấp tỉnh',
      onlineLevel: level < 0.3 ? 2 : level < 0.6 ? 3 : 4,
      timeLimitDays: [1, 3, 5, 7, 10, 15, 20, 30][Math.floor(next() * 8)] ?? 5,
      hasFee: next() < 0.4,
    });
  }
  return out;
}

/** Header of the national catalogue CSV (the Vietnamese headers `egov procedures` reads, plus the province). */
export const catalogueHeader = ['Tỉnh', 'Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cấp thực hiện', 'Cơ quan chủ trì', 'Mức độ', 'Thời hạn giải quyết'];

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The national catalogue as CSV lines (header first): 34 provinces × about 2 000 procedures. Each
 * province publishes about 95 % of the national list; about 3 % of its names carry a typo, "Gấp" for
 * "Cấp", decomposed Unicode or another tone placement, and about 1 % are listed twice with such a variant
 * (the near-duplicates that catalogue hygiene must find).
 *
 * @param options - Templates (default {@link procedureTemplates}), seed.
 * @returns The CSV lines and the number of near-duplicate entries added.
 * @example
 * ```ts
 * nationalCatalogueLines().lines.length; // about 68 000
 * ```
 */
export function nationalCatalogueLines(options: { readonly templates?: readonly ProcedureTemplate[]; readonly seed?: number } = {}): {
  readonly lines: string[];
  readonly nearDuplicates: number;
} {
  const templates = options.templates ?? procedureTemplates();
  const next = random(options.seed ?? 23);
  const lines = [catalogueHeader.map(csvCell).join(',')];
  let nearDuplicates = 0;
  const line = (province: string, t: ProcedureTemplate, name: string): string =>
    [province, t.code, name, t.field, t.tier, t.agency, String(t.onlineLevel), `${String(t.timeLimitDays)} ngày làm việc`].map(csvCell).join(',');
  for (const province of provinces) {
    for (const t of templates) {
      if (next() < 0.05) continue;
      lines.push(line(province, t, next() < 0.03 ? mutateName(t.name, next) : t.name));
      if (next() < 0.01) {
        nearDuplicates += 1;
        lines.push(line(province, t, mutateName(t.name, next)));
      }
    }
  }
  return { lines, nearDuplicates };
}
