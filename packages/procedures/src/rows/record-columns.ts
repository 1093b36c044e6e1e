/** A field of an application-record row. */
export type RecordColumn =
  | 'id'
  | 'procedureCode'
  | 'agency'
  | 'received'
  | 'due'
  | 'finished'
  | 'channel'
  | 'paidOnline'
  | 'digitised'
  | 'electronicResult'
  | 'complaint';

/**
 * Header aliases of application-record (hồ sơ) tables, Vietnamese and English (matched after folding).
 *
 * @example
 * ```ts
 * recordColumnAliases.received[0]; // "Ngày tiếp nhận"
 * ```
 */
export const recordColumnAliases: Readonly<Record<RecordColumn, readonly string[]>> = {
  id: ['Mã hồ sơ', 'Record id', 'Số hồ sơ', 'ID'],
  procedureCode: ['Mã thủ tục', 'Procedure code', 'Mã TTHC', 'Mã thủ tục hành chính'],
  agency: ['Cơ quan', 'Agency', 'Cơ quan giải quyết', 'Đơn vị', 'Đơn vị tiếp nhận'],
  received: ['Ngày tiếp nhận', 'Received', 'Ngày nhận', 'Ngày nộp'],
  due: ['Ngày hẹn trả', 'Due', 'Hạn giải quyết', 'Hạn xử lý', 'Ngày hẹn trả kết quả'],
  finished: ['Ngày hoàn thành', 'Finished', 'Ngày có kết quả', 'Ngày trả kết quả', 'Ngày giải quyết'],
  channel: ['Kênh nộp', 'Channel', 'Hình thức nộp', 'Hình thức tiếp nhận', 'Kênh tiếp nhận'],
  paidOnline: ['Thanh toán trực tuyến', 'Paid online'],
  digitised: ['Số hóa', 'Digitised', 'Đã số hóa', 'Số hóa hồ sơ', 'Digitized'],
  electronicResult: ['Kết quả điện tử', 'Electronic result', 'Trả kết quả điện tử'],
  complaint: ['Phản ánh, kiến nghị', 'Complaint', 'Khiếu nại', 'Phản ánh kiến nghị'],
};
