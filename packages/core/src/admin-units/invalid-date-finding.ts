import { createFinding } from '../findings/create-finding';
import type { Finding } from '../findings/finding';
import type { PointerSegment } from '../findings/json-pointer';
import type { ProvinceDateInput } from './province-unit';

/**
 * The `core/province-invalid-date` finding for a date argument that is not a valid day.
 *
 * @internal
 */
export function invalidDateFinding(date: ProvinceDateInput, path: string | readonly PointerSegment[], field: 'asOf' | 'toDate', input: string): Finding {
  const shown = date instanceof Date ? 'Invalid Date' : date;
  return createFinding({
    ruleId: 'core/province-invalid-date',
    severity: 'error',
    message: {
      vi: `Ngày "${shown}" không hợp lệ; cần ngày dạng YYYY-MM-DD`,
      en: `Invalid date "${shown}"; expected YYYY-MM-DD`,
    },
    path,
    data: { input, [field]: shown },
  });
}
