import type { Language } from '@egov/core';
import { createContext, useContext } from 'react';

const vi = {
  appTitle: 'Kế hoạch chính quyền điện tử',
  appSubtitle: 'Xem, kiểm tra và sửa kế hoạch ngay trên máy của bạn',
  navLabel: 'Các trang',
  overview: 'Tổng quan',
  roadmap: 'Lộ trình',
  budget: 'Kinh phí',
  ictindex: 'Chỉ số ICT',
  document: 'Bộ hồ sơ',
  imported: 'Tệp đã nhập',
  language: 'Ngôn ngữ',
  switchLanguage: 'English',
  importFiles: 'Nhập tệp',
  importHint: 'Kéo thả tệp CSV, XLSX, YAML hoặc JSON vào đây, hoặc',
  chooseFiles: 'chọn tệp',
  exportWorkspace: 'Xuất không gian làm việc',
  importWorkspace: 'Mở không gian làm việc',
  saved: 'Đã lưu trên máy này',
  saving: 'Đang lưu…',
  loading: 'Đang tải…',
  files: 'Tệp',
  findings: 'Phát hiện',
  noFindings: 'Không có phát hiện nào.',
  severity: 'Mức',
  message: 'Nội dung',
  where: 'Vị trí',
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Thông tin',
  total: 'Tổng',
  keyFigures: 'Số liệu chính',
  entries: 'Dịch vụ trong lộ trình',
  period: 'Giai đoạn',
  province: 'Tỉnh',
  decision: 'Văn bản',
  services: 'Dịch vụ',
  noRoadmap: 'Bộ hồ sơ này không có lộ trình (tệp YAML/JSON có "entries").',
  noBudget: 'Bộ hồ sơ này không có bảng kinh phí (CSV có cột năm và "Kinh phí").',
  entriesByYear: 'Dịch vụ theo năm và mức độ',
  year: 'Năm',
  level: 'Mức độ',
  service: 'Tên dịch vụ',
  leadAgency: 'Cơ quan chủ trì',
  projection: 'Dự báo số dịch vụ theo mức độ',
  projectionDesc: 'Số dịch vụ ở mỗi mức độ vào cuối mỗi năm',
  row: 'Dòng',
  column: 'Cột',
  totalsByYear: 'Tổng theo năm',
  grandTotal: 'Tổng cộng',
  inUnit: 'Theo đơn vị của bảng',
  inDong: 'Bằng đồng',
  inWords: 'Bằng chữ',
  table: 'Bảng',
  showFinding: 'Xem dòng liên quan',
  ranking: 'Xếp hạng',
  rankChanges: 'Thay đổi thứ hạng',
  noIct: 'Bộ hồ sơ này không có bảng xếp hạng ICT Index.',
  unit: 'Đơn vị',
  budgetFile: 'Bảng kinh phí',
  tableUnit: 'Đơn vị của bảng',
  exportCsv: 'Tải bảng CSV',
  exportXlsx: 'Tải bảng Excel (XLSX)',
  exportFindings: 'Tải danh sách phát hiện (CSV)',
  unitAuto: 'Theo bảng / bộ hồ sơ',
  editHint: 'Sửa trực tiếp ô số tiền: bảng được kiểm tra lại ngay và lưu tự động.',
  undo: 'Hoàn tác',
  readError: 'Không đọc được tệp',
  workspaceInvalid: 'Tệp không phải là không gian làm việc hợp lệ.',
} as const;

export type MessageKey = keyof typeof vi;

const en: Readonly<Record<MessageKey, string>> = {
  appTitle: 'E-government plan workbench',
  appSubtitle: 'See, check and fix your plan on your own computer',
  navLabel: 'Pages',
  overview: 'Overview',
  roadmap: 'Roadmap',
  budget: 'Budget',
  ictindex: 'ICT Index',
  document: 'Document set',
  imported: 'Imported files',
  language: 'Language',
  switchLanguage: 'Tiếng Việt',
  importFiles: 'Import files',
  importHint: 'Drop CSV, XLSX, YAML or JSON files here, or',
  chooseFiles: 'choose files',
  exportWorkspace: 'Export workspace',
  importWorkspace: 'Open workspace',
  saved: 'Saved on this computer',
  saving: 'Saving…',
  loading: 'Loading…',
  files: 'Files',
  findings: 'Findings',
  noFindings: 'No findings.',
  severity: 'Severity',
  message: 'Message',
  where: 'Where',
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  total: 'Total',
  keyFigures: 'Key figures',
  entries: 'Services in the roadmap',
  period: 'Period',
  province: 'Province',
  decision: 'Document',
  services: 'Services',
  noRoadmap: 'This document set has no roadmap (a YAML/JSON file with "entries").',
  noBudget: 'This document set has no budget table (a CSV with year and "Kinh phí" columns).',
  entriesByYear: 'Services by year and level',
  year: 'Year',
  level: 'Level',
  service: 'Service',
  leadAgency: 'Lead agency',
  projection: 'Projected services per level',
  projectionDesc: 'Services at each level at the end of each year',
  row: 'Row',
  column: 'Column',
  totalsByYear: 'Totals by year',
  grandTotal: 'Grand total',
  inUnit: "In the table's unit",
  inDong: 'In đồng',
  inWords: 'In words',
  table: 'Table',
  showFinding: 'Show the row',
  ranking: 'Ranking',
  rankChanges: 'Rank changes',
  noIct: 'This document set has no ICT Index ranking.',
  unit: 'Unit',
  budgetFile: 'Budget table',
  tableUnit: "Table's unit",
  exportCsv: 'Download table as CSV',
  exportXlsx: 'Download table as Excel (XLSX)',
  exportFindings: 'Download findings (CSV)',
  unitAuto: 'As the table / document set says',
  editHint: 'Edit amount cells in place: the table is checked again at once and saved automatically.',
  undo: 'Undo',
  readError: 'Cannot read the file',
  workspaceInvalid: 'The file is not a valid workspace.',
};

/** Translates a message key into the chosen language. */
export type Translate = (key: MessageKey) => string;

/**
 * The translation function of a language.
 *
 * @param language - `vi` (default of the app) or `en`.
 * @returns A function from message key to text.
 * @example
 * ```ts
 * translator('en')('overview'); // "Overview"
 * ```
 */
export function translator(language: Language): Translate {
  const table: Readonly<Record<MessageKey, string>> = language === 'vi' ? vi : en;
  return (key) => table[key];
}

/** The chosen language, provided by the app shell. */
export const LanguageContext = createContext<Language>('vi');

/**
 * The chosen language and its translation function.
 *
 * @returns `{ language, t }`.
 * @example
 * ```ts
 * const { t } = useLanguage();
 * ```
 */
export function useLanguage(): { language: Language; t: Translate } {
  const language = useContext(LanguageContext);
  return { language, t: translator(language) };
}
