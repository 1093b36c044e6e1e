import type { Finding } from '@egov/core';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import type { IoLimits } from '../limits';
import { checkZip } from './check-zip';
import { readZipDirectory } from './read-zip-directory';
import { readXlsxPackage, type XlsxPackage } from './xlsx-package';

const ole2Signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "EncryptedPackage" in UTF-16LE, the stream name of an encrypted OOXML workbook (MS-OFFCRYPTO §2.3.4.4).
const encryptedPackage = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);

/**
 * Private: opens an XLSX workbook's package — size and zip-bomb checks, the OLE2 formats named
 * (a legacy .xls, an encrypted workbook), the sheet list, styles — without reading any sheet.
 *
 * @param input - The workbook's bytes.
 * @param limits - Limits.
 * @param file - File name for findings.
 * @returns The package, or the finding that refuses the file.
 * @example
 * ```ts
 * const opened = await openWorkbook(bytes, resolveLimits(), 'a.xlsx');
 * if ('sheets' in opened) opened.sheets.length;
 * ```
 */
export async function openWorkbook(input: Uint8Array, limits: IoLimits, file: string | undefined): Promise<XlsxPackage | Finding> {
  const location = locationOf(file);
  if (input.length > limits.maxBytes) {
    return ioFinding({
      ruleId: ioRules.tooLarge,
      severity: 'error',
      vi: `Tệp quá lớn: ${input.length} byte, tối đa ${limits.maxBytes} byte`,
      en: `File too large: ${input.length} bytes, the limit is ${limits.maxBytes} bytes`,
      location,
      data: { size: input.length, maxBytes: limits.maxBytes },
    });
  }
  if (ole2Signature.every((byte, i) => input[i] === byte)) {
    if (containsBytes(input, encryptedPackage)) {
      return ioFinding({
        ruleId: ioRules.encryptedWorkbook,
        severity: 'error',
        vi: 'Bảng tính được đặt mật khẩu (mã hoá) nên không đọc được; hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại dạng .xlsx',
        en: 'The workbook is password-protected (encrypted) and cannot be read; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again as .xlsx',
        location,
      });
    }
    return ioFinding({
      ruleId: ioRules.legacyXls,
      severity: 'error',
      vi: 'Đây là bảng tính Excel 97–2003 (.xls), định dạng cũ không được đọc; hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Sổ làm việc Excel)',
      en: 'This is an Excel 97–2003 workbook (.xls), an old format that is not read; open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)',
      location,
    });
  }
  // The declared sizes are checked here; each part actually read is counted while it is inflated.
  const zipProblem = await checkZip(input, limits, file, { inflate: false });
  if (zipProblem !== undefined) return zipProblem;
  const directory = readZipDirectory(input);
  if (!directory.ok) {
    return ioFinding({ ruleId: ioRules.xlsxInvalid, severity: 'error', vi: `Tệp không phải bảng tính XLSX hợp lệ (${directory.error})`, en: `The file is not a valid XLSX workbook (${directory.error})`, location });
  }
  const pkg = await readXlsxPackage(input, directory.value);
  if ('sheets' in pkg) return pkg;
  return partFinding(pkg.part, pkg.problem, file);
}

/**
 * Private: the finding for a part of the package that cannot be read.
 *
 * @param part - The part's path.
 * @param problem - What went wrong.
 * @param file - File name.
 * @param sheet - Sheet name, if the part is a sheet.
 * @returns The finding.
 * @example
 * ```ts
 * partFinding('xl/workbook.xml', 'missing', 'a.xlsx').ruleId; // 'io/xlsx-invalid'
 * ```
 */
export function partFinding(part: string, problem: string, file: string | undefined, sheet?: string): Finding {
  const location = locationOf(file, sheet);
  if (problem === 'too-large') {
    return ioFinding({
      ruleId: ioRules.zipBomb,
      severity: 'error',
      vi: `Từ chối tệp XLSX: ${part} giải nén ra nhiều hơn kích thước cho phép hoặc đã khai báo (có thể là "bom zip")`,
      en: `XLSX refused: ${part} expands beyond the allowed or declared size (a possible zip bomb)`,
      location,
      data: { part },
    });
  }
  const reason =
    problem === 'missing' ? `${part} is missing` : problem === 'no-decompression' ? 'this environment has no DecompressionStream' : `${part} is damaged (${problem})`;
  return ioFinding({
    ruleId: ioRules.xlsxInvalid,
    severity: 'error',
    vi: `Không đọc được bảng tính XLSX (${reason}); hãy mở và lưu lại bằng Excel`,
    en: `The XLSX workbook cannot be read (${reason}); open it and save it again in Excel`,
    location,
    data: { reason, part },
  });
}

function containsBytes(haystack: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0); i !== -1 && i + needle.length <= haystack.length; i = haystack.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
