import type { ScoringFramework } from './scoring-framework';

/**
 * The service-quality index of Decision 766/QĐ-TTg (23/6/2022) as data: five groups worth 18 + 20 + 22 +
 * 22 + 18 = 100 points; thresholds 80% procedures offered online, 50% records filed online, 80% records
 * digitised, 80% digitised data reused, 80% online payment, 90% satisfaction; on-time processing scores
 * `20 × on-time / received`; satisfaction = 100% − overdue rate − complaint rate.
 *
 * What is and is not confirmed (see `pointsConfidence` and `ruleConfidence`): the group totals, the
 * thresholds and the on-time and satisfaction formulas come from the project's domain brief and from
 * `data/national-targets/targets.csv` of this package in the repository (an unofficial transcription); the
 * group names and their order, and how a group's points split between its indicators, are **not** confirmed
 * against the official text and are marked `unconfirmed`. A score computed with unconfirmed points is an estimate, never an official
 * score; {@link scoreUnit} says so in its result.
 *
 * @example
 * ```ts
 * decision766.groups.reduce((sum, group) => sum + group.points, 0); // 100
 * ```
 */
export const decision766: ScoringFramework = {
  id: 'qd-766-2022',
  version: '2022-06-23+egov.1',
  title: {
    vi: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)',
    en: 'Service-quality index for citizens and businesses (Decision 766/QĐ-TTg)',
  },
  source: {
    document: 'Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ',
    issued: '2022-06-23',
    note:
      'Group totals (18+20+22+22+18), thresholds and the on-time and satisfaction formulas: project domain brief and ' +
      'data/national-targets/targets.csv of @egov/procedures in the repository (unofficial transcription). Group names ' +
      'and order, and the split of group points between indicators: not confirmed against the official text.',
  },
  groups: [
    {
      id: 'publicity',
      name: { vi: 'Công khai, minh bạch', en: 'Publicity and transparency' },
      points: 18,
      pointsConfidence: 'unofficial-transcription',
      indicators: [
        {
          id: 'publicity',
          name: { vi: 'Công khai, minh bạch thông tin hồ sơ', en: 'Records published and synchronised' },
          input: 'publicity',
          points: 18,
          pointsConfidence: 'unconfirmed',
          rule: { kind: 'proportional' },
          ruleConfidence: 'unconfirmed',
        },
      ],
    },
    {
      id: 'timeliness',
      name: { vi: 'Tiến độ giải quyết', en: 'Timeliness' },
      points: 20,
      pointsConfidence: 'unofficial-transcription',
      indicators: [
        {
          id: 'on-time',
          name: { vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', en: 'Records settled on time' },
          input: 'on-time',
          points: 20,
          pointsConfidence: 'unofficial-transcription',
          rule: { kind: 'proportional' },
          ruleConfidence: 'unofficial-transcription',
        },
      ],
    },
    {
      id: 'online-service',
      name: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
      points: 22,
      pointsConfidence: 'unofficial-transcription',
      indicators: [
        {
          id: 'procedures-online',
          name: { vi: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', en: 'Procedures offered online' },
          input: 'procedures-online',
          points: 8,
          pointsConfidence: 'unconfirmed',
          rule: { kind: 'threshold', thresholdPercent: 80 },
          ruleConfidence: 'unofficial-transcription',
        },
        {
          id: 'records-online',
          name: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến', en: 'Records filed online' },
          input: 'records-online',
          points: 8,
          pointsConfidence: 'unconfirmed',
          rule: { kind: 'threshold', thresholdPercent: 50 },
          ruleConfidence: 'unofficial-transcription',
        },
        {
          id: 'online-payment',
          name: { vi: 'Tỷ lệ thanh toán trực tuyến', en: 'Online payment' },
          input: 'online-payment',
          points: 6,
          pointsConfidence: 'unconfirmed',
          rule: { kind: 'threshold', thresholdPercent: 80 },
          ruleConfidence: 'unofficial-transcription',
        },
      ],
    },
    {
      id: 'digitisation',
      name: { vi: 'Số hóa hồ sơ', en: 'Digitisation' },
      points: 22,
      pointsConfidence: 'unofficial-transcription',
      indicators: [
        {
          id: 'records-digitised',
          name: { vi: 'Tỷ lệ hồ sơ được số hóa', en: 'Records digitised' },
          input: 'records-digitised',
          points: 11,
          pointsConfidence: 'unconfirmed',
          rule: { kind: 'threshold', thresholdPercent: 80 },
          ruleConfidence: 'unofficial-transcription',
        },
        {
          id: 'digitised-reused',
          name: { vi: 'Tỷ lệ tái sử dụng dữ liệu số hóa', en: 'Digitised data reused' },
          input: 'digitised-reused',
          points: 11,
          pointsConfidence: 'unconfirmed',
          rule: { kind: 'threshold', thresholdPercent: 80 },
          ruleConfidence: 'unofficial-transcription',
        },
      ],
    },
    {
      id: 'satisfaction',
      name: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
      points: 18,
      pointsConfidence: 'unofficial-transcription',
      indicators: [
        {
          id: 'satisfaction',
          name: { vi: 'Mức độ hài lòng (100% − tỷ lệ trễ hạn − tỷ lệ phản ánh)', en: 'Satisfaction (100% − overdue rate − complaint rate)' },
          input: 'satisfaction',
          points: 18,
          pointsConfidence: 'unconfirmed',
          rule: { kind: 'threshold', thresholdPercent: 90 },
          ruleConfidence: 'unofficial-transcription',
        },
      ],
    },
  ],
};
