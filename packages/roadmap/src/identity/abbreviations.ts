/**
 * Abbreviations that Vietnamese administrative documents use inside service names, with their expansion.
 * Expanded (on folded keys) before names are compared, so "vốn NSNN" and "vốn ngân sách nhà nước" match.
 * Source: the abbreviations seen in the source documents (002: "NSNN"; 003: "QSD đất") and common usage.
 *
 * @example
 * ```ts
 * serviceNameAbbreviations.get('nsnn'); // "ngan sach nha nuoc"
 * ```
 */
export const serviceNameAbbreviations: ReadonlyMap<string, string> = new Map([
  ['nsnn', 'ngan sach nha nuoc'],
  ['qsd', 'quyen su dung'],
  ['qsdd', 'quyen su dung dat'],
  ['gcn', 'giay chung nhan'],
  ['gp', 'giay phep'],
  ['dkkd', 'dang ky kinh doanh'],
  ['cntt', 'cong nghe thong tin'],
  ['ubnd', 'uy ban nhan dan'],
  ['thpt', 'trung hoc pho thong'],
  ['thcs', 'trung hoc co so'],
]);
