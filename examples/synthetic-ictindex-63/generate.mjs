// Generates synthetic-ictindex-63.csv: SYNTHETIC (dữ liệu mô phỏng) raw values of the 30 indicators of the
// ICT-Index 2016 framework (@egov/ictindex `ictIndex2016`) for the 63 provinces of 2016–2018.
// Deterministic: the same seed always writes the same file. Run: node examples/synthetic-ictindex-63/generate.mjs
// The numbers are NOT published values; they only give the web app and the CLI a 63-province table.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const seed = 20161231;
const years = [2016, 2017, 2018];

// The 63 provinces before 1/7/2025, in the order of their codes (names as in 2016–2018).
const provinces = [
  'Hà Nội', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Tuyên Quang', 'Lào Cai', 'Điện Biên', 'Lai Châu', 'Sơn La',
  'Yên Bái', 'Hòa Bình', 'Thái Nguyên', 'Lạng Sơn', 'Quảng Ninh', 'Bắc Giang', 'Phú Thọ', 'Vĩnh Phúc', 'Bắc Ninh',
  'Hải Dương', 'Hải Phòng', 'Hưng Yên', 'Thái Bình', 'Hà Nam', 'Nam Định', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An',
  'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Đà Nẵng', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định',
  'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng',
  'Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh', 'Long An',
  'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Cần Thơ', 'Hậu Giang',
  'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
];
// A made-up "development" level per province (0–1) so that indicators of one province move together.
const leaders = new Map([
  ['Đà Nẵng', 0.95], ['TP. Hồ Chí Minh', 0.92], ['Hà Nội', 0.9], ['Thừa Thiên Huế', 0.8], ['Quảng Ninh', 0.8],
  ['Bắc Ninh', 0.75], ['Bình Dương', 0.74], ['Hải Phòng', 0.72], ['Cần Thơ', 0.7], ['Đồng Nai', 0.68],
]);

// Indicator id (framework column header) → [low, high] of the synthetic values, in the indicator's unit.
const indicators = [
  ['fixed-telephones', 1, 20], ['mobile-phones', 70, 160], ['internet-subscriptions', 10, 80],
  ['fixed-broadband', 2, 30], ['wireless-broadband', 20, 90], ['households-with-computer', 5, 60],
  ['households-with-broadband', 10, 80], ['enterprises-with-broadband', 40, 100],
  ['computers-per-official', 0.3, 1], ['bandwidth-per-official', 0.2, 1], ['agencies-on-wan', 50, 100],
  ['security-solutions', 0.2, 1],
  ['adult-literacy', 80, 99.5], ['school-enrolment', 85, 99.5], ['schools-teaching-it', 40, 100],
  ['universities-with-it-major', 20, 100],
  ['dedicated-it-staff', 40, 100], ['it-staff-with-degree', 30, 100], ['security-staff', 10, 90],
  ['officials-trained-open-source', 10, 90], ['officials-trained-security', 10, 90],
  ['email-use', 0.3, 1], ['basic-applications', 0.3, 1], ['sector-databases', 0.1, 1], ['electronic-documents', 0.2, 1],
  ['open-source-use', 0.1, 1],
  ['online-services-level-1', 60, 100], ['online-services-level-2', 50, 100], ['online-services-level-3', 0, 40],
  ['online-services-level-4', 0, 20],
];

// Mulberry32: a small seeded generator (the same one @egov/ictindex's createPrng uses).
function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value) => Math.min(1, Math.max(0, value));
// Vietnamese notation, as provincial reports print it: decimal comma ("5,63").
const vi = (value) => value.toFixed(2).replace('.', ',');
const quote = (text) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export function generate() {
  const random = mulberry32(seed);
  const level = new Map(provinces.map((name) => [name, leaders.get(name) ?? 0.2 + random() * 0.45]));
  const lines = [['Tỉnh', 'Năm', ...indicators.map(([id]) => id)].join(',')];
  years.forEach((year, step) => {
    for (const name of provinces) {
      // Each year every province drifts a little, some up, some down, so the ranks change.
      const drift = (random() - 0.4) * 0.08 * step;
      const cells = indicators.map(([, low, high]) => vi(low + (high - low) * clamp((level.get(name) ?? 0.4) + drift + (random() - 0.5) * 0.3)));
      lines.push([quote(name), String(year), ...cells.map(quote)].join(','));
    }
  });
  return lines.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'synthetic-ictindex-63.csv'), generate());
}
