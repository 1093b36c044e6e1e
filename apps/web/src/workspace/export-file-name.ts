/** Vietnamese letters NFD does not decompose. */
const extraLetters: Readonly<Record<string, string>> = { đ: 'd', Đ: 'D' };

/**
 * An ASCII-safe part of a file name: Vietnamese diacritics dropped ("Thủ tục" → "thu-tuc"), anything
 * but letters and digits turned into single hyphens, lower case. Some systems (and e-mail gateways of
 * provincial offices) still mangle non-ASCII file names, so exported files are named in plain ASCII.
 *
 * @param text - Any text (a document set id, a table name).
 * @returns The slug; `""` when nothing usable is left.
 * @example
 * ```ts
 * asciiSlug('Đăng ký khai tử'); // "dang-ky-khai-tu"
 * ```
 */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (letter) => extraLetters[letter] ?? letter)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The name of an exported table: `<document set>-<table>.<extension>`, ASCII-safe; either part is left
 * out when empty, and `export` is used when both are.
 *
 * @param documentSet - The document set (folder) the table belongs to, e.g. `today-2026-catalogue`.
 * @param table - The table's name, e.g. `procedures` or `Thủ tục trùng lặp`.
 * @param extension - `csv` or `xlsx`.
 * @returns The file name.
 * @example
 * ```ts
 * exportFileName('today-2026-catalogue', 'Thủ tục', 'csv'); // "today-2026-catalogue-thu-tuc.csv"
 * ```
 */
export function exportFileName(documentSet: string, table: string, extension: 'csv' | 'xlsx'): string {
  const stem = [asciiSlug(documentSet), asciiSlug(table)].filter((part) => part !== '').join('-');
  return `${stem === '' ? 'export' : stem}.${extension}`;
}
