import type { Framework } from '../framework/framework';
import type { FrameworkNode } from '../framework/framework-node';

function zIndicator(id: string, vi: string, en: string, unit: string, weight: number, capMax?: number): FrameworkNode {
  return {
    id,
    name: { vi, en },
    direction: 'higher',
    unit,
    weight,
    normalisation: { kind: 'z-score' },
    ...(capMax === undefined ? {} : { cap: { max: capMax } }),
  };
}

/**
 * The UN E-Government Development Index (EGDI), 2020 edition onwards: the unweighted mean of the Online
 * Service Index (OSI), the Telecommunication Infrastructure Index (TII) and the Human Capital Index
 * (HCI). Each component's indicators are standardised by z-score, averaged, and the component is then
 * rescaled min–max to 0–1; TII raw values are capped at 120 (per 100 inhabitants) since 2020. The
 * four EGDI groups are `bands` with inclusive lower bounds: very high ≥ 0,75; high ≥ 0,50; middle
 * ≥ 0,25; low below (the survey prints "0.75 to 1.00", "0.50 to 0.7499", …, so 0,75 itself is very
 * high and 0,50 is high). OSI is entered as the survey's raw online-service score.
 *
 * @example
 * ```ts
 * const result = computeIndex(egdi, { year: 2024, values });
 * classifyBand(egdi, result.score('egdi', 'vnm') ?? 0)?.id; // "high"
 * ```
 */
export const egdi: Framework = {
  id: 'egdi',
  version: '2020',
  name: { vi: 'Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên hợp quốc', en: 'UN E-Government Development Index (EGDI)' },
  source: {
    vi: 'Khảo sát Chính phủ điện tử của Liên hợp quốc (UN DESA), phụ lục phương pháp, từ năm 2020',
    en: 'United Nations E-Government Survey (UN DESA), methodology annex, 2020 edition onwards',
  },
  method: {
    official: false,
    note: {
      vi: 'Mã hóa theo phương pháp công bố của Liên hợp quốc (chuẩn hóa z-score các chỉ tiêu, trung bình, rồi chuẩn hóa min–max từng thành phần; EGDI là trung bình cộng của OSI, TII, HCI; HCI: biết chữ 1/3, nhập học, số năm đi học kỳ vọng và trung bình mỗi chỉ tiêu 2/9); chưa đối chiếu với điểm số công bố nên không ghi là chính thức.',
      en: 'Encodes the published UN method (indicators z-scored, averaged, then each component rescaled min–max; EGDI is the mean of OSI, TII and HCI; HCI weights literacy 1/3 and enrolment, expected and mean schooling 2/9 each); not yet checked against published scores, so not marked official.',
    },
  },
  defaults: {
    normalisation: { kind: 'z-score' },
    aggregation: { kind: 'arithmetic' },
    missing: { policy: 'fail' },
    decimals: 4,
  },
  bands: [
    { id: 'very-high', name: { vi: 'Rất cao', en: 'Very high' }, min: 0.75 },
    { id: 'high', name: { vi: 'Cao', en: 'High' }, min: 0.5 },
    { id: 'middle', name: { vi: 'Trung bình', en: 'Middle' }, min: 0.25 },
    { id: 'low', name: { vi: 'Thấp', en: 'Low' }, min: 0 },
  ],
  root: {
    id: 'egdi',
    name: { vi: 'EGDI', en: 'EGDI' },
    aggregation: { kind: 'arithmetic' },
    children: [
      {
        id: 'osi',
        name: { vi: 'Chỉ số dịch vụ trực tuyến (OSI)', en: 'Online Service Index (OSI)' },
        direction: 'higher',
        unit: 'điểm',
        normalisation: { kind: 'z-score-min-max' },
      },
      {
        id: 'tii',
        name: { vi: 'Chỉ số hạ tầng viễn thông (TII)', en: 'Telecommunication Infrastructure Index (TII)' },
        normalisation: { kind: 'min-max' },
        children: [
          zIndicator('internet-users', 'Người sử dụng Internet/100 dân', 'Internet users per 100 inhabitants', '/100 dân', 1, 120),
          zIndicator('mobile-subscriptions', 'Thuê bao di động/100 dân', 'Mobile-cellular subscriptions per 100 inhabitants', '/100 dân', 1, 120),
          zIndicator('mobile-broadband', 'Thuê bao băng rộng di động/100 dân', 'Active mobile-broadband subscriptions per 100 inhabitants', '/100 dân', 1, 120),
          zIndicator('fixed-broadband', 'Thuê bao băng rộng cố định/100 dân', 'Fixed broadband subscriptions per 100 inhabitants', '/100 dân', 1, 120),
        ],
      },
      {
        id: 'hci',
        name: { vi: 'Chỉ số nguồn nhân lực (HCI)', en: 'Human Capital Index (HCI)' },
        normalisation: { kind: 'min-max' },
        children: [
          zIndicator('adult-literacy', 'Tỷ lệ người lớn biết chữ', 'Adult literacy rate', '%', 3),
          zIndicator('gross-enrolment', 'Tỷ lệ nhập học chung', 'Gross enrolment ratio', '%', 2),
          zIndicator('expected-schooling', 'Số năm đi học kỳ vọng', 'Expected years of schooling', 'năm', 2),
          zIndicator('mean-schooling', 'Số năm đi học trung bình', 'Mean years of schooling', 'năm', 2),
        ],
      },
    ],
  },
};
