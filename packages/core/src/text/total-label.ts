import { foldKey } from './fold-key';

/** What {@link parseTotalLabel} reads from a total row's label. */
export interface TotalLabel {
  /** `grand` ("Tổng cộng", "Tổng số", "Tổng", "Total") or `subtotal` ("Cộng", "Cộng I", "Subtotal"). */
  readonly kind: 'grand' | 'subtotal';
  /** A count the label states ("Tổng cộng: 10 thủ tục" → 10). */
  readonly count?: number;
}

// Longest first: "tong cong" before "tong".
const keywords: readonly (readonly [string, TotalLabel['kind']])[] = [
  ['tong cong', 'grand'],
  ['tong so', 'grand'],
  ['grand total', 'grand'],
  ['tong', 'grand'],
  ['total', 'grand'],
  ['cong', 'subtotal'],
  ['subtotal', 'subtotal'],
  ['sub total', 'subtotal'],
  ['sum', 'subtotal'],
];

// Words that may follow the keyword in a total's label ("Tổng kinh phí", "Cộng nhóm dịch vụ công",
// "Tổng số thủ tục hành chính cấp tỉnh"); any other word makes it an ordinary label ("Tổng hợp số liệu",
// "Cộng đồng", "Tổng cục Thuế").
const followers = new Set(
  (
    'cong so chung toan bo tat ca cac kinh phi du von dau tu ngan sach tien luong gia tri nam giai doan nhom muc ' +
    'linh vuc thu tuc hanh chinh dich vu truc tuyen tinh huyen xa cap phan khoan hang nhiem an co quan don vi ' +
    'of all amount budget procedures services count i ii iii iv v vi vii viii ix x a b c d'
  ).split(' '),
);

/**
 * Reads a table row's label as a total: "Tổng cộng", "Tổng số", "Tổng", "Tổng kinh phí", "Cộng",
 * "Cộng I", "Total", "Tổng cộng: 10 thủ tục" (with the count it states). Labels that only begin like
 * one ("Tổng hợp số liệu", "Cộng đồng", "Tổng cục Thuế") are not totals. Case and accents are ignored.
 *
 * @param label - The text of the row's key cell (name, content or number column).
 * @returns The total's kind and stated count, or `undefined` when the label is not a total.
 * @example
 * ```ts
 * parseTotalLabel('Tổng cộng: 10 thủ tục'); // { kind: 'grand', count: 10 }
 * parseTotalLabel('Cộng I'); // { kind: 'subtotal' }
 * parseTotalLabel('Cộng đồng dân cư'); // undefined
 * ```
 */
export function parseTotalLabel(label: string): TotalLabel | undefined {
  const key = foldKey(label);
  for (const [keyword, kind] of keywords) {
    if (key !== keyword && !key.startsWith(`${keyword} `)) continue;
    const rest = key.slice(keyword.length).trim();
    const tokens = rest === '' ? [] : rest.split(' ');
    let count: number | undefined;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] ?? '';
      if (/^\d+$/.test(token)) {
        // "10 thủ tục", "1.234 hồ sơ" (folded "1 234"): the count, then anything.
        let digits = token;
        if (token.length <= 3) while (/^\d{3}$/.test(tokens[i + 1] ?? '')) digits += tokens[(i += 1)] ?? '';
        count = Number(digits);
        break;
      }
      if (!followers.has(token)) return undefined;
    }
    return count === undefined ? { kind } : { kind, count };
  }
  return undefined;
}
