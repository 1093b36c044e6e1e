// Test-only: a minimal XLSX package from hand-written sheet XML (no exceljs), to craft sheets exceljs
// would never write: millions of rows, lying sizes, odd markup.
import { makeZip, type ZipInput } from './make-zip';

const encoder = new TextEncoder();

export interface SheetXml {
  readonly name: string;
  readonly xml: string;
  readonly state?: string;
  readonly declaredSize?: number;
}

export async function makeWorkbook(sheets: readonly SheetXml[], sharedStrings?: readonly string[]): Promise<Uint8Array> {
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state === undefined ? '' : ` state="${sheet.state}"`} r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}</Relationships>`;
  const entries: ZipInput[] = [
    { name: 'xl/workbook.xml', data: encoder.encode(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: encoder.encode(rels) },
    ...sheets.map((sheet, i): ZipInput => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: encoder.encode(sheet.xml),
      ...(sheet.declaredSize === undefined ? {} : { declaredSize: sheet.declaredSize }),
    })),
  ];
  if (sharedStrings !== undefined) {
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sharedStrings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
    entries.push({ name: 'xl/sharedStrings.xml', data: encoder.encode(sst) });
  }
  return makeZip(entries);
}

/** Sheet XML of `rows` rows of `columns` numbers each. */
export function numberSheet(rows: number, columns: number): string {
  const parts = ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    parts.push(`<row r="${r}">`);
    for (let c = 0; c < columns; c++) parts.push(`<c r="${String.fromCharCode(65 + c)}${r}"><v>${r * 10 + c}</v></c>`);
    parts.push('</row>');
  }
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}
