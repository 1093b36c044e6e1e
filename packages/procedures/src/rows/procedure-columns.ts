/** A field of a procedure row. */
export type ProcedureColumn =
  | 'code'
  | 'name'
  | 'field'
  | 'tier'
  | 'leadAgency'
  | 'partnerAgencies'
  | 'onlineLevel'
  | 'onlineClass'
  | 'fee'
  | 'timeLimitDays'
  | 'fullOnlineEligible'
  | 'validFrom'
  | 'validTo';

/**
 * Header aliases of procedure tables, Vietnamese and English. Headers match after folding (case,
 * diacritics, tone placement and punctuation ignored), so "Cơ quan chủ trì xử lý" and "CO QUAN CHU TRI XU
 * LY" both mean `leadAgency`. The first alias of each field is the Vietnamese header written by
 * {@link proceduresToRows}, the second the English one.
 *
 * @example
 * ```ts
 * procedureColumnAliases.leadAgency[0]; // "Cơ quan chủ trì"
 * ```
 */
export const procedureColumnAliases: Readonly<Record<ProcedureColumn, readonly string[]>> = {
  code: ['Mã thủ tục', 'Procedure code', 'Mã', 'Mã TTHC', 'Mã số', 'Mã số TTHC', 'Code'],
  name: [
    'Tên thủ tục',
    'Procedure name',
    'Tên',
    'Tên TTHC',
    'Tên thủ tục hành chính',
    'Tên DVCTT',
    'Tên dịch vụ công',
    'Tên dịch vụ công triển khai',
    'Tên dịch vụ',
    'Name',
    'Procedure',
  ],
  field: ['Lĩnh vực', 'Field', 'Sector'],
  tier: ['Cấp thực hiện', 'Tier', 'Cấp', 'Cấp giải quyết', 'Cấp hành chính', 'Level of government'],
  leadAgency: [
    'Cơ quan chủ trì',
    'Lead agency',
    'Cơ quan chủ trì xử lý',
    'Cơ quan giải quyết',
    'Cơ quan thực hiện',
    'Đơn vị chủ trì',
    'Agency',
  ],
  partnerAgencies: [
    'Cơ quan phối hợp',
    'Partner agencies',
    'Cơ quan đồng xử lý',
    'Cơ quan phối hợp xử lý',
    'Đơn vị phối hợp',
    'Partners',
    'Co-processing agencies',
  ],
  onlineLevel: ['Mức độ', 'Online level', 'Mức', 'Mức DVCTT', 'Mức độ DVCTT', 'Mức độ trực tuyến', 'Level'],
  onlineClass: [
    'Toàn trình/Một phần',
    'Online class',
    'Hình thức trực tuyến',
    'Loại DVCTT',
    'Mức độ cung cấp',
    'DVCTT toàn trình/một phần',
    'Class',
  ],
  fee: ['Phí, lệ phí (đồng)', 'Fee (VND)', 'Phí', 'Lệ phí', 'Phí, lệ phí', 'Phí lệ phí', 'Fee'],
  timeLimitDays: ['Thời hạn giải quyết (ngày)', 'Time limit (days)', 'Thời hạn giải quyết', 'Thời hạn', 'Time limit'],
  fullOnlineEligible: [
    'Đủ điều kiện toàn trình',
    'Eligible for full online',
    'Đủ điều kiện cung cấp toàn trình',
    'Full online eligible',
  ],
  validFrom: ['Hiệu lực từ', 'Valid from', 'Ngày hiệu lực', 'Có hiệu lực từ'],
  validTo: ['Hiệu lực đến', 'Valid to', 'Hết hiệu lực', 'Valid until'],
};
