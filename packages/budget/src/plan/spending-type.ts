import { z } from 'zod';
import { fold } from '../text/fold';

/**
 * Kind of spending: development investment (chi đầu tư phát triển), recurrent spending (chi thường
 * xuyên), both defined by State Budget Law 83/2015/QH13 Art. 4; and IT service rental (thuê dịch vụ công
 * nghệ thông tin, Decision 80/2014/QĐ-TTg), which plans list apart.
 */
export type SpendingType = 'investment' | 'recurrent' | 'service-rental';

/**
 * Schema of a {@link SpendingType}.
 *
 * @example
 * ```ts
 * spendingTypeSchema.parse('recurrent'); // "recurrent"
 * ```
 */
export const spendingTypeSchema: z.ZodType<SpendingType> = z
  .enum(['investment', 'recurrent', 'service-rental'])
  .meta({ description: 'Spending type (loại chi)' });

/**
 * Recognises a spending type: "Chi đầu tư phát triển", "ĐTPT", "Chi thường xuyên", "Sự nghiệp",
 * "Thuê dịch vụ", or the English identifiers.
 *
 * @param text - The cell text.
 * @returns The spending type, or `undefined`.
 * @example
 * ```ts
 * parseSpendingType('Chi thường xuyên'); // "recurrent"
 * ```
 */
export function parseSpendingType(text: string): SpendingType | undefined {
  const key = fold(text);
  if (/\b(thue dich vu|thue|service rental|service)\b/.test(key)) return 'service-rental';
  if (/\b(dau tu|dtpt|xdcb|investment)\b/.test(key)) return 'investment';
  if (/\b(thuong xuyen|su nghiep|recurrent)\b/.test(key)) return 'recurrent';
  return undefined;
}
