import { findProvinceByName, successorOf, type PointerSegment } from '@egov/core';
import { defineRule } from './rule';

/** First day of the 34 provinces and of the two-tier local government (Resolution 202/2025/QH15). */
const reformDay = '2025-07-01';

// "huyện" and the district-tier wording as printed; matched on lower-case NFC text with its diacritics,
// because folded "huyen" would also match the personal name "Huyền", and folded "quan" every "quản lý".
const districtWords = /(^|[^\p{L}])(cấp huyện|ubnd huyện|ủy ban nhân dân huyện|uỷ ban nhân dân huyện|huyện|cấp quận|quận, huyện|thị xã)(?=$|[^\p{L}])/u;

/**
 * `roadmap/after-2025-reform`: a roadmap decided on or after 1/7/2025 that still names an abolished
 * province (the 63 → 34 merger of Resolution 202/2025/QH15) or the district tier, which no longer exists
 * (two-tier local government from 1/7/2025): its `province` is reported with the successor province, and
 * each entry, budget line or agency naming a district-tier agency or service ("UBND huyện", "cấp huyện")
 * with the tiers that replace it (the commune tier, UBND cấp xã, or the province). Documents dated before
 * 1/7/2025 are never reported: they were right when issued.
 *
 * @example
 * ```ts
 * after2025Reform.defaultSeverity; // "warning"
 * ```
 */
export const after2025Reform = defineRule({
  id: 'roadmap/after-2025-reform',
  defaultSeverity: 'warning',
  description: {
    vi: 'Văn bản từ 01/7/2025 còn nêu tỉnh đã sáp nhập hoặc cấp huyện đã bỏ',
    en: 'A document dated from 1/7/2025 still names a merged province or the abolished district tier',
  },
  defaultOptions: {},
  check: ({ roadmap, report }) => {
    const date = roadmap.decision.date;
    if (date < reformDay) return;
    if (findProvinceByName(roadmap.province, date) === undefined) {
      const before = findProvinceByName(roadmap.province, '2025-06-30');
      const successor = before === undefined ? undefined : successorOf(before);
      if (successor !== undefined) {
        report({
          path: ['province'],
          message: {
            vi: `Văn bản ngày ${date} nêu tỉnh "${roadmap.province}", đã sáp nhập từ 01/7/2025 (Nghị quyết 202/2025/QH15); đơn vị kế thừa: ${successor.name}`,
            en: `The document of ${date} names the province "${roadmap.province}", merged on 1/7/2025 (Resolution 202/2025/QH15); its successor is ${successor.name}`,
          },
          data: { province: roadmap.province, successor: successor.name, successorCode: successor.code },
        });
      }
    }
    const check = (value: string | undefined, path: readonly PointerSegment[]): void => {
      if (value === undefined) return;
      const match = districtWords.exec(value.normalize('NFC').toLowerCase());
      if (match === null) return;
      report({
        path,
        message: {
          vi: `"${value}" nêu cấp huyện ("${match[2] ?? ''}"), không còn từ 01/7/2025 (chính quyền địa phương hai cấp); nhiệm vụ chuyển cho cấp xã (UBND cấp xã) hoặc cấp tỉnh`,
          en: `"${value}" names the district tier ("${match[2] ?? ''}"), abolished on 1/7/2025 (two-tier local government); its tasks pass to the commune tier (UBND cấp xã) or the province`,
        },
        data: { text: value, words: match[2], successor: ['UBND cấp xã', 'cấp tỉnh'] },
      });
    };
    roadmap.entries.forEach((entry, index) => {
      check(entry.service, ['entries', index, 'service']);
      check(entry.lead_agency, ['entries', index, 'lead_agency']);
      (entry.co_agencies ?? []).forEach((agency, at) => {
        check(agency, ['entries', index, 'co_agencies', at]);
      });
    });
    (roadmap.budgets ?? []).forEach((line, index) => {
      check(line.label, ['budgets', index, 'label']);
      check(line.purpose, ['budgets', index, 'purpose']);
    });
  },
});
