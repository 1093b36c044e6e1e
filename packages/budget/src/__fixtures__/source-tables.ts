import type { RowRecord } from '../plan/budget-row';

/**
 * Source 000: Lạng Sơn, Plan 200/KH-SKHĐT (28/9/2018), section VI "Kinh phí thực hiện". Headers and
 * cells exactly as printed. The document prints no total row.
 */
export const source000Rows: readonly RowRecord[] = [
  {
    TT: '1',
    'Tên dự án, nhiệm vụ': 'Trang bị máy chiếu tại phòng họp 401; 402',
    'Mục tiêu, quy mô': '',
    'Thời gian thực hiện': '2019',
    'Đơn vị chủ trì': 'Sở Kế hoạch và Đầu tư',
    'Đơn vị phối hợp': 'Văn phòng Sở',
    'Nội dung /hạng mục công việc năm 2019': 'Lắp đặt máy chiếu tại phòng họp phục vụ công tác',
    'Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)': '35.000.000',
  },
  {
    TT: '2',
    'Tên dự án, nhiệm vụ': 'Bảo trì, bảo dưỡng hệ thống máy chủ, máy tính cơ quan',
    'Mục tiêu, quy mô': 'Bảo đảm hoạt động thường xuyên',
    'Thời gian thực hiện': '2019',
    'Đơn vị chủ trì': 'Sở Kế hoạch và Đầu tư',
    'Đơn vị phối hợp': 'Đơn vị cung cấp dịch vụ',
    'Nội dung /hạng mục công việc năm 2019': 'Bảo dưỡng định kỳ',
    'Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)': '15.000.000',
  },
  {
    TT: '3',
    'Tên dự án, nhiệm vụ': 'Phần mềm diệt vi rút hệ thống máy chủ, các máy trạm, hệ thống an toàn thông tin',
    'Mục tiêu, quy mô': 'Bảo đảm hoạt động thường xuyên',
    'Thời gian thực hiện': '2019',
    'Đơn vị chủ trì': 'Sở Kế hoạch và Đầu tư',
    'Đơn vị phối hợp': 'Đơn vị cung cấp dịch vụ',
    'Nội dung /hạng mục công việc năm 2019': 'Trang bị phần mềm',
    'Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)': '12.000.000',
  },
  {
    TT: '4',
    'Tên dự án, nhiệm vụ': 'Triển khai Cổng thông tin điện tử hỗ trợ doanh nghiệp',
    'Mục tiêu, quy mô': 'Bảo đảm hoạt động thường xuyên',
    'Thời gian thực hiện': '2019',
    'Đơn vị chủ trì': 'Sở Kế hoạch và Đầu tư',
    'Đơn vị phối hợp': 'Các Sở, ban ngành, UBND huyện thành phố, Hiệp hội doanh nghiệp',
    'Nội dung /hạng mục công việc năm 2019': 'Trả nhuận bút, chi phí duy trì...',
    'Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)': '150.000.000',
  },
];

/**
 * Source 002: Thái Bình, Decision 818/QĐ-UBND (04/5/2013), section III "Kinh phí". The document writes
 * the budget as three numbered paragraphs and a total sentence; transcribed as rows with the printed
 * amounts and the total "6 tỷ đồng (Sáu tỷ đồng)".
 */
export const source002Rows: readonly RowRecord[] = [
  {
    TT: '1',
    'Nhiệm vụ': 'Xây dựng 15 dịch vụ công trực tuyến mức độ 3, 4',
    'Thời gian thực hiện': 'Giai đoạn 2013 - 2014',
    'Kinh phí dự kiến': '2.200.000.000 đồng',
  },
  {
    TT: '2',
    'Nhiệm vụ': 'Xây dựng 12 dịch vụ công trực tuyến mức độ 3, 4',
    'Thời gian thực hiện': 'Trong năm 2015',
    'Kinh phí dự kiến': '1.800.000.000 đồng',
  },
  {
    TT: '3',
    'Nhiệm vụ': 'Nâng cấp 10 dịch vụ công trực tuyến lên mức độ 4',
    'Thời gian thực hiện': 'Giai đoạn 2016 - 2020',
    'Kinh phí dự kiến': '2.000.000.000 đồng',
  },
  {
    TT: null,
    'Nhiệm vụ': 'Tổng kinh phí dự kiến cho việc thực hiện Lộ trình',
    'Thời gian thực hiện': null,
    'Kinh phí dự kiến': '6 tỷ đồng',
  },
  { TT: null, 'Nhiệm vụ': 'Bằng chữ: Sáu tỷ đồng', 'Thời gian thực hiện': null, 'Kinh phí dự kiến': null },
];

/** Caption of the source 003 table, stating its unit. */
export const source003UnitCaption = 'Đơn vị: tỷ đồng';

/** The total stated in the text above the source 003 table, with its words, as printed. */
export const source003TextTotal = {
  printed: '15.2 tỷ đồng',
  words: 'Mười lăm tỷ hai trăm triệu đồng',
} as const;

function row003(stt: string, name: string, y2014: string, y2015: string, total: string): RowRecord {
  return { STT: stt, 'Tên dịch vụ công triển khai': name, '2014': y2014, '2015': y2015, 'Tổng kinh phí': total };
}

/**
 * Source 003: Hà Giang, Decision 1653/QĐ-UBND (12/8/2013), "Khái toán kinh phí triển khai dịch vụ công
 * trực tuyến mức độ 3 giai đoạn 2013-2015", unit tỷ đồng. Cells exactly as printed (dot decimals, the
 * typo "Gấp phép" included); the header "Kinh phí triển khai" spans the 2014 and 2015 columns.
 */
export const source003Rows: readonly RowRecord[] = [
  row003('1', 'Đăng ký kinh doanh', '1.4', '0', '1.4'),
  row003('2', 'Cấp giấy phép đầu tư', '1.2', '0', '1.2'),
  row003('3', 'Cấp giấy phép thành lập chi nhánh, văn phòng đại diện', '0', '1', '1'),
  row003('4', 'Cấp giấy phép xây dựng', '0.8', '0', '0.8'),
  row003('5', 'Cấp giấy phép hành nghề y, dược', '1.1', '0', '1.1'),
  row003('6', 'Cấp giấy chứng chỉ hành nghề hoạt động xây dựng', '0.8', '0', '0.8'),
  row003('7', 'Lao động, việc làm', '0', '2', '2'),
  row003('8', 'Cấp, đổi giấy phép lái xe', '0', '1', '1'),
  row003('9', 'Giải quyết khiếu nại tố cáo', '0.9', '0', '0.9'),
  row003('10', 'Đăng ký tạm trú, tạm vắng', '0', '1', '1'),
  row003('11', 'Đăng ký, cấp giấy chứng nhận QSD đất và thế chấp bảo lãnh cho các tổ chức', '0', '1.7', '1.7'),
  row003('12', 'Gấp phép và khai thác nguồn nước', '0.8', '0', '0.8'),
  row003('13', 'Thu phí và bảo vệ môi trường', '0.5', '0', '0.5'),
  row003('14', 'Đăng ký chủ nguồn chất thải gây hại', '0.5', '0', '0.5'),
  row003('15', 'Thẩm định báo cáo đánh giá tác động môi trường', '0', '0.5', '0.5'),
  row003('', 'Tổng kinh phí', '8', '7.2', '15.2'),
];
