import { z } from 'zod';
import { fold } from '../text/fold';

/**
 * Where the money comes from: central budget (ngân sách trung ương), provincial budget (ngân sách
 * tỉnh), district budget (ngân sách huyện, only before 1/7/2025 when the district tier was abolished),
 * ODA, enterprise or "socialised" support (doanh nghiệp, xã hội hóa; source 003: Viettel's support), other.
 */
export type FundingSource = 'central' | 'provincial' | 'district' | 'oda' | 'enterprise' | 'other';

/**
 * Schema of a {@link FundingSource}.
 *
 * @example
 * ```ts
 * fundingSourceSchema.parse('provincial'); // "provincial"
 * ```
 */
export const fundingSourceSchema: z.ZodType<FundingSource> = z
  .enum(['central', 'provincial', 'district', 'oda', 'enterprise', 'other'])
  .meta({ description: 'Funding source (nguồn vốn)' });

const labels: readonly (readonly [RegExp, FundingSource])[] = [
  [/\b(ngan sach trung uong|nstw|trung uong|tw|central)\b/, 'central'],
  [/\b(ngan sach tinh|ns tinh|nst|tinh|provincial|province)\b/, 'provincial'],
  [/\b(ngan sach huyen|ns huyen|nsh|huyen|district)\b/, 'district'],
  [/\b(oda|von vay|world bank|adb|jica)\b/, 'oda'],
  [/\b(doanh nghiep|xa hoi hoa|xhh|tai tro|enterprise|socialised|socialized)\b/, 'enterprise'],
  [/\b(khac|nguon khac|other)\b/, 'other'],
];

/**
 * Recognises a funding source as tables write it: "Ngân sách tỉnh", "NSTW", "ODA", "Xã hội hóa",
 * "Doanh nghiệp hỗ trợ", or the English identifiers.
 *
 * @param text - The cell text.
 * @returns The source, or `undefined` when the text names none.
 * @example
 * ```ts
 * parseFundingSource('Ngân sách trung ương'); // "central"
 * parseFundingSource('Xã hội hóa'); // "enterprise"
 * ```
 */
export function parseFundingSource(text: string): FundingSource | undefined {
  const key = fold(text);
  for (const [pattern, source] of labels) if (pattern.test(key)) return source;
  return undefined;
}
