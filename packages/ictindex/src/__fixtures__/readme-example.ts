/**
 * The README's worked example: sub-group indices of four provinces in two years, as a wide table with
 * Vietnamese headers. The numbers are illustrative, not published values.
 */
export const subGroupRows: readonly Readonly<Record<string, unknown>>[] = [
  { 'Tỉnh': 'Lào Cai', 'Năm': 2016, 'Hạ tầng kỹ thuật xã hội': '0,41', 'Hạ tầng kỹ thuật của các cơ quan nhà nước': '0,52', 'Hạ tầng nhân lực xã hội': '0,60', 'Hạ tầng nhân lực các CQNN': '0,45', 'Ứng dụng CNTT trong các CQNN': '0,71', 'Dịch vụ công trực tuyến': '0,30' },
  { 'Tỉnh': 'Yên Bái', 'Năm': 2016, 'Hạ tầng kỹ thuật xã hội': '0,35', 'Hạ tầng kỹ thuật của các cơ quan nhà nước': '0,58', 'Hạ tầng nhân lực xã hội': '0,55', 'Hạ tầng nhân lực các CQNN': '0,50', 'Ứng dụng CNTT trong các CQNN': '0,60', 'Dịch vụ công trực tuyến': '0,42' },
  { 'Tỉnh': 'Hà Giang', 'Năm': 2016, 'Hạ tầng kỹ thuật xã hội': '0,30', 'Hạ tầng kỹ thuật của các cơ quan nhà nước': '0,40', 'Hạ tầng nhân lực xã hội': '0,50', 'Hạ tầng nhân lực các CQNN': '0,52', 'Ứng dụng CNTT trong các CQNN': '0,48', 'Dịch vụ công trực tuyến': '0,35' },
  { 'Tỉnh': 'Đà Nẵng', 'Năm': 2016, 'Hạ tầng kỹ thuật xã hội': '0,90', 'Hạ tầng kỹ thuật của các cơ quan nhà nước': '0,85', 'Hạ tầng nhân lực xã hội': '0,88', 'Hạ tầng nhân lực các CQNN': '0,80', 'Ứng dụng CNTT trong các CQNN': '0,92', 'Dịch vụ công trực tuyến': '0,95' },
  { 'Tỉnh': 'Lào Cai', 'Năm': 2017, 'Hạ tầng kỹ thuật xã hội': '0,45', 'Hạ tầng kỹ thuật của các cơ quan nhà nước': '0,70', 'Hạ tầng nhân lực xã hội': '0,48', 'Hạ tầng nhân lực các CQNN': '0,62', 'Ứng dụng CNTT trong các CQNN': '0,58', 'Dịch vụ công trực tuyến': '0,80' },
  { 'Tỉnh': 'Yên Bái', 'Năm': 2017, 'Hạ tầng kỹ thuật xã hội': '0,38', 'Hạ tầng kỹ thuật của các cơ quan nhà nước': '0,60', 'Hạ tầng nhân lực xã hội': '0,57', 'Hạ tầng nhân lực các CQNN': '0,52', 'Ứng dụng CNTT trong các CQNN': '0,62', 'Dịch vụ công trực tuyến': '0,45' },
  { 'Tỉnh': 'Hà Giang', 'Năm': 2017, 'Hạ tầng kỹ thuật xã hội': '0,33', 'Hạ tầng kỹ thuật của các cơ quan nhà nước': '0,45', 'Hạ tầng nhân lực xã hội': '0,52', 'Hạ tầng nhân lực các CQNN': '0,55', 'Ứng dụng CNTT trong các CQNN': '0,50', 'Dịch vụ công trực tuyến': '0,40' },
  { 'Tỉnh': 'Đà Nẵng', 'Năm': 2017, 'Hạ tầng kỹ thuật xã hội': '0,92', 'Hạ tầng kỹ thuật của các cơ quan nhà nước': '0,88', 'Hạ tầng nhân lực xã hội': '0,90', 'Hạ tầng nhân lực các CQNN': '0,85', 'Ứng dụng CNTT trong các CQNN': '0,93', 'Dịch vụ công trực tuyến': '0,96' },
];
