import { z } from 'zod';
import { fold } from '../text/fold';

/**
 * Stage of a budget figure: proposed (dự kiến, khái toán, đề xuất), approved (được duyệt, giao dự
 * toán), adjusted (điều chỉnh), executed (thực hiện, giải ngân, quyết toán).
 */
export type Phase = 'proposed' | 'approved' | 'adjusted' | 'executed';

/**
 * Schema of a {@link Phase}.
 *
 * @example
 * ```ts
 * phaseSchema.parse('approved'); // "approved"
 * ```
 */
export const phaseSchema: z.ZodType<Phase> = z
  .enum(['proposed', 'approved', 'adjusted', 'executed'])
  .meta({ description: 'Stage of the figure: proposed, approved, adjusted or executed' });

/**
 * Recognises a phase from a header or cell: "Dự kiến", "Khái toán", "Được duyệt", "Điều chỉnh", "Đã
 * thực hiện", "Giải ngân", "Quyết toán". A bare "kinh phí thực hiện" means the funding to carry a plan
 * out, not what was spent, so it is not read as executed.
 *
 * @param text - The text.
 * @returns The phase, or `undefined`.
 * @example
 * ```ts
 * parsePhase('Dự kiến kinh phí năm 2019'); // "proposed"
 * parsePhase('Giải ngân'); // "executed"
 * ```
 */
export function parsePhase(text: string): Phase | undefined {
  const key = fold(text);
  if (/\b(dieu chinh|adjusted)\b/.test(key)) return 'adjusted';
  if (/\b(da thuc hien|uoc thuc hien|ket qua thuc hien|giai ngan|quyet toan|executed|disbursed)\b/.test(key)) return 'executed';
  if (/\b(duoc duyet|phe duyet|giao du toan|approved)\b/.test(key)) return 'approved';
  if (/\b(du kien|khai toan|de xuat|du toan|proposed)\b/.test(key)) return 'proposed';
  return undefined;
}
