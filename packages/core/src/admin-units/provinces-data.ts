// GENERATED from the project's reference data; do not edit by hand. The test provinces-data.test.ts
// re-reads the CSV files and fails when this file and the CSV differ; regenerate it from them.
//
// Source files (UTF-8, NFC), in the sibling checkout `shared/data/admin-units/`:
// - provinces-63.csv: the 63 provincial units valid until 30/6/2025 (data as of 1/3/2025), code,name,type,region
// - provinces-34.csv: the 34 provincial units valid from 1/7/2025, code,name,type,predecessors (`;`-separated)
// Their sources (shared/data/admin-units/README.md): the statistics office's unit catalogue (via the public
// datasets daohoangson/dvhcvn and thanglequoc/vietnamese-provinces-database), the annex of Resolution
// 60-NQ/TW (2025), the national merger map service, official dispatch 915/CTK-CSCL (2025), press reports of
// 12/6/2025. Legal basis: Resolution 202/2025/QH15 (12/6/2025, 63 → 34 units from 1/7/2025); codes per
// Decision 19/2025/QĐ-TTg (a new unit keeps the code of the predecessor holding its seat); regions per
// Resolution 81/2023/QH15.
//
// The rows are the CSV rows verbatim, in file order. Facts that are not columns of the CSV (validity
// periods, name and type changes) live in province-facts.ts.

/** One row of `provinces-63.csv`, verbatim. */
export interface Province63Row {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly region: string;
}

/** One row of `provinces-34.csv`, verbatim (`predecessors` is the `;`-separated list of old names). */
export interface Province34Row {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly predecessors: string;
}

/** The 63 provincial units valid until 30/6/2025 (`provinces-63.csv`, data as of 1/3/2025). */
export const provinces63Rows: readonly Province63Row[] = [
  { code: '01', name: 'Hà Nội', type: 'thành phố trực thuộc trung ương', region: 'Đồng bằng sông Hồng' },
  { code: '02', name: 'Hà Giang', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '04', name: 'Cao Bằng', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '06', name: 'Bắc Kạn', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '08', name: 'Tuyên Quang', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '10', name: 'Lào Cai', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '11', name: 'Điện Biên', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '12', name: 'Lai Châu', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '14', name: 'Sơn La', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '15', name: 'Yên Bái', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '17', name: 'Hoà Bình', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '19', name: 'Thái Nguyên', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '20', name: 'Lạng Sơn', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '22', name: 'Quảng Ninh', type: 'tỉnh', region: 'Đồng bằng sông Hồng' },
  { code: '24', name: 'Bắc Giang', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '25', name: 'Phú Thọ', type: 'tỉnh', region: 'Trung du và miền núi phía Bắc' },
  { code: '26', name: 'Vĩnh Phúc', type: 'tỉnh', region: 'Đồng bằng sông Hồng' },
  { code: '27', name: 'Bắc Ninh', type: 'tỉnh', region: 'Đồng bằng sông Hồng' },
  { code: '30', name: 'Hải Dương', type: 'tỉnh', region: 'Đồng bằng sông Hồng' },
  { code: '31', name: 'Hải Phòng', type: 'thành phố trực thuộc trung ương', region: 'Đồng bằng sông Hồng' },
  { code: '33', name: 'Hưng Yên', type: 'tỉnh', region: 'Đồng bằng sông Hồng' },
  { code: '34', name: 'Thái Bình', type: 'tỉnh', region: 'Đồng bằng sông Hồng' },
  { code: '35', name: 'Hà Nam', type: 'tỉnh', region: 'Đồng bằng sông Hồng' },
  { code: '36', name: 'Nam Định', type: 'tỉnh', region: 'Đồng bằng sông Hồng' },
  { code: '37', name: 'Ninh Bình', type: 'tỉnh', region: 'Đồng bằng sông Hồng' },
  { code: '38', name: 'Thanh Hóa', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '40', name: 'Nghệ An', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '42', name: 'Hà Tĩnh', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '44', name: 'Quảng Bình', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '45', name: 'Quảng Trị', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '46', name: 'Huế', type: 'thành phố trực thuộc trung ương', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '48', name: 'Đà Nẵng', type: 'thành phố trực thuộc trung ương', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '49', name: 'Quảng Nam', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '51', name: 'Quảng Ngãi', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '52', name: 'Bình Định', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '54', name: 'Phú Yên', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '56', name: 'Khánh Hòa', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '58', name: 'Ninh Thuận', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '60', name: 'Bình Thuận', type: 'tỉnh', region: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { code: '62', name: 'Kon Tum', type: 'tỉnh', region: 'Tây Nguyên' },
  { code: '64', name: 'Gia Lai', type: 'tỉnh', region: 'Tây Nguyên' },
  { code: '66', name: 'Đắk Lắk', type: 'tỉnh', region: 'Tây Nguyên' },
  { code: '67', name: 'Đắk Nông', type: 'tỉnh', region: 'Tây Nguyên' },
  { code: '68', name: 'Lâm Đồng', type: 'tỉnh', region: 'Tây Nguyên' },
  { code: '70', name: 'Bình Phước', type: 'tỉnh', region: 'Đông Nam Bộ' },
  { code: '72', name: 'Tây Ninh', type: 'tỉnh', region: 'Đông Nam Bộ' },
  { code: '74', name: 'Bình Dương', type: 'tỉnh', region: 'Đông Nam Bộ' },
  { code: '75', name: 'Đồng Nai', type: 'tỉnh', region: 'Đông Nam Bộ' },
  { code: '77', name: 'Bà Rịa - Vũng Tàu', type: 'tỉnh', region: 'Đông Nam Bộ' },
  { code: '79', name: 'Hồ Chí Minh', type: 'thành phố trực thuộc trung ương', region: 'Đông Nam Bộ' },
  { code: '80', name: 'Long An', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '82', name: 'Tiền Giang', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '83', name: 'Bến Tre', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '84', name: 'Trà Vinh', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '86', name: 'Vĩnh Long', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '87', name: 'Đồng Tháp', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '89', name: 'An Giang', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '91', name: 'Kiên Giang', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '92', name: 'Cần Thơ', type: 'thành phố trực thuộc trung ương', region: 'Đồng bằng sông Cửu Long' },
  { code: '93', name: 'Hậu Giang', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '94', name: 'Sóc Trăng', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '95', name: 'Bạc Liêu', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
  { code: '96', name: 'Cà Mau', type: 'tỉnh', region: 'Đồng bằng sông Cửu Long' },
];

/** The 34 provincial units valid from 1/7/2025 (`provinces-34.csv`). */
export const provinces34Rows: readonly Province34Row[] = [
  { code: '01', name: 'Hà Nội', type: 'thành phố trực thuộc trung ương', predecessors: 'Hà Nội' },
  { code: '04', name: 'Cao Bằng', type: 'tỉnh', predecessors: 'Cao Bằng' },
  { code: '08', name: 'Tuyên Quang', type: 'tỉnh', predecessors: 'Hà Giang;Tuyên Quang' },
  { code: '11', name: 'Điện Biên', type: 'tỉnh', predecessors: 'Điện Biên' },
  { code: '12', name: 'Lai Châu', type: 'tỉnh', predecessors: 'Lai Châu' },
  { code: '14', name: 'Sơn La', type: 'tỉnh', predecessors: 'Sơn La' },
  { code: '15', name: 'Lào Cai', type: 'tỉnh', predecessors: 'Lào Cai;Yên Bái' },
  { code: '19', name: 'Thái Nguyên', type: 'tỉnh', predecessors: 'Bắc Kạn;Thái Nguyên' },
  { code: '20', name: 'Lạng Sơn', type: 'tỉnh', predecessors: 'Lạng Sơn' },
  { code: '22', name: 'Quảng Ninh', type: 'tỉnh', predecessors: 'Quảng Ninh' },
  { code: '24', name: 'Bắc Ninh', type: 'tỉnh', predecessors: 'Bắc Giang;Bắc Ninh' },
  { code: '25', name: 'Phú Thọ', type: 'tỉnh', predecessors: 'Hoà Bình;Phú Thọ;Vĩnh Phúc' },
  { code: '31', name: 'Hải Phòng', type: 'thành phố trực thuộc trung ương', predecessors: 'Hải Dương;Hải Phòng' },
  { code: '33', name: 'Hưng Yên', type: 'tỉnh', predecessors: 'Hưng Yên;Thái Bình' },
  { code: '37', name: 'Ninh Bình', type: 'tỉnh', predecessors: 'Hà Nam;Nam Định;Ninh Bình' },
  { code: '38', name: 'Thanh Hóa', type: 'tỉnh', predecessors: 'Thanh Hóa' },
  { code: '40', name: 'Nghệ An', type: 'tỉnh', predecessors: 'Nghệ An' },
  { code: '42', name: 'Hà Tĩnh', type: 'tỉnh', predecessors: 'Hà Tĩnh' },
  { code: '44', name: 'Quảng Trị', type: 'tỉnh', predecessors: 'Quảng Bình;Quảng Trị' },
  { code: '46', name: 'Huế', type: 'thành phố trực thuộc trung ương', predecessors: 'Huế' },
  { code: '48', name: 'Đà Nẵng', type: 'thành phố trực thuộc trung ương', predecessors: 'Đà Nẵng;Quảng Nam' },
  { code: '51', name: 'Quảng Ngãi', type: 'tỉnh', predecessors: 'Quảng Ngãi;Kon Tum' },
  { code: '52', name: 'Gia Lai', type: 'tỉnh', predecessors: 'Bình Định;Gia Lai' },
  { code: '56', name: 'Khánh Hòa', type: 'tỉnh', predecessors: 'Khánh Hòa;Ninh Thuận' },
  { code: '66', name: 'Đắk Lắk', type: 'tỉnh', predecessors: 'Phú Yên;Đắk Lắk' },
  { code: '68', name: 'Lâm Đồng', type: 'tỉnh', predecessors: 'Bình Thuận;Đắk Nông;Lâm Đồng' },
  { code: '75', name: 'Đồng Nai', type: 'tỉnh', predecessors: 'Bình Phước;Đồng Nai' },
  { code: '79', name: 'Hồ Chí Minh', type: 'thành phố trực thuộc trung ương', predecessors: 'Bình Dương;Bà Rịa - Vũng Tàu;Hồ Chí Minh' },
  { code: '80', name: 'Tây Ninh', type: 'tỉnh', predecessors: 'Tây Ninh;Long An' },
  { code: '82', name: 'Đồng Tháp', type: 'tỉnh', predecessors: 'Tiền Giang;Đồng Tháp' },
  { code: '86', name: 'Vĩnh Long', type: 'tỉnh', predecessors: 'Bến Tre;Trà Vinh;Vĩnh Long' },
  { code: '91', name: 'An Giang', type: 'tỉnh', predecessors: 'An Giang;Kiên Giang' },
  { code: '92', name: 'Cần Thơ', type: 'thành phố trực thuộc trung ương', predecessors: 'Cần Thơ;Hậu Giang;Sóc Trăng' },
  { code: '96', name: 'Cà Mau', type: 'tỉnh', predecessors: 'Bạc Liêu;Cà Mau' },
];
