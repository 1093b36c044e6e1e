import { foldKey } from './fold-key';

/**
 * Abbreviations Vietnamese offices write in table headers, folded, and what they stand for (folded).
 * "TT" is not here: alone it means "thứ tự" (the row number), not "thông tin".
 */
const abbreviations: ReadonlyMap<string, string> = new Map([
  ['tthc', 'thu tuc hanh chinh'],
  ['dvctt', 'dich vu cong truc tuyen'],
  ['dvc', 'dich vu cong'],
  ['cqnn', 'co quan nha nuoc'],
  ['cq', 'co quan'],
  ['dvt', 'don vi tinh'],
  ['ubnd', 'uy ban nhan dan'],
  ['nsnn', 'ngan sach nha nuoc'],
  ['kp', 'kinh phi'],
  ['sl', 'so luong'],
]);

// A note in parentheses ("(TTHC)", "(triệu đồng)", "(1-4)") says how a column is written, not what it is.
const parenthesised = /\([^()]*\)|\[[^[\]]*\]/g;

/**
 * The matching key of a table header: parenthesised notes removed ("Kinh phí (triệu đồng)" → "Kinh
 * phí"), folded with {@link foldKey} (case, accents, đ, punctuation and spacing ignored), and the
 * abbreviations offices use expanded (TTHC → thủ tục hành chính, DVC → dịch vụ công, DVCTT → dịch vụ công
 * trực tuyến, ĐVT → đơn vị tính, KP → kinh phí, …). Two headers that mean the same to a reader get the
 * same key: "Tên TTHC" and "TÊN THỦ TỤC HÀNH CHÍNH"; "Mức độ DVCTT" and "Mức độ dịch vụ công trực tuyến".
 * A header that is only a parenthesised note keeps its text ("(1)" → "1").
 *
 * @param header - A header cell as written.
 * @returns The key; `""` for an empty header.
 * @example
 * ```ts
 * headerKey('Tên TTHC'); // "ten thu tuc hanh chinh"
 * headerKey('Mức độ DVCTT'); // "muc do dich vu cong truc tuyen"
 * headerKey('Kinh phí (triệu đồng)'); // "kinh phi"
 * ```
 */
export function headerKey(header: string): string {
  const stripped = foldKey(header.replace(parenthesised, ' '));
  const key = stripped === '' ? foldKey(header) : stripped;
  if (key === '') return '';
  return key
    .split(' ')
    .map((token) => abbreviations.get(token) ?? token)
    .join(' ');
}
