// Real headers and rows transcribed from the source documents (000–004, cited in examples/README.md).

/** Lạng Sơn Plan 200/KH-SKHĐT, section VI: the 2019 budget table (amounts in đồng). */
export const langSonBudget = {
  headers: [
    'TT',
    'Tên dự án, nhiệm vụ',
    'Thời gian thực hiện',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)',
  ],
  rows: [
    [1, 'Trang bị máy chiếu tại phòng họp 401; 402', 2019, 'Sở Kế hoạch và Đầu tư', 'Văn phòng Sở', 35_000_000],
    [2, 'Bảo trì, bảo dưỡng hệ thống máy chủ, máy tính cơ quan', 2019, 'Sở Kế hoạch và Đầu tư', 'Đơn vị cung cấp dịch vụ', 15_000_000],
    [3, 'Phần mềm diệt vi rút hệ thống máy chủ, các máy trạm, hệ thống an toàn thông tin', 2019, 'Sở Kế hoạch và Đầu tư', 'Đơn vị cung cấp dịch vụ', 12_000_000],
    [4, 'Triển khai Cổng thông tin điện tử hỗ trợ doanh nghiệp', 2019, 'Sở Kế hoạch và Đầu tư', 'Các Sở, ban ngành, UBND huyện thành phố, Hiệp hội doanh nghiệp', 150_000_000],
  ],
} as const;

/** Hà Giang Decision 1653/QĐ-UBND: budget by service and year (tỷ đồng), after its title block. */
export const haGiangBudgetWithTitle = [
  ['KHÁI TOÁN KINH PHÍ TRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN MỨC ĐỘ 3 GIAI ĐOẠN 2013-2015', '', '', '', ''],
  ['Đơn vị: tỷ đồng', '', '', '', ''],
  ['STT', 'Tên dịch vụ công triển khai', 'Năm 2014', 'Năm 2015', 'Tổng kinh phí'],
  ['1', 'Đăng ký kinh doanh', '1.4', '0', '1.4'],
  ['2', 'Cấp giấy phép đầu tư', '1.2', '0', '1.2'],
  ['3', 'Cấp giấy phép thành lập chi nhánh, văn phòng đại diện', '0', '1', '1'],
] as const;
