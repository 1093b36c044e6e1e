// Peak memory of reading large workbooks with @egov/io's streaming `readXlsx` (issue 23: ≤ 512 MB for any
// workbook, accepted or refused). Not part of `pnpm test` or `pnpm bench`; run from the repository root:
//   pnpm --filter @egov/bench xlsx-memory
// It writes the workbooks into bench/.data/ (a sheet of numbers and shared-string text, written straight
// as XLSX parts with node:zlib), then reads each one in a child process under `/usr/bin/time -v` and
// prints wall time, CPU time, peak RSS and what `readXlsx` answered.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, createDeflateRaw } from 'node:zlib';
import { readXlsx } from '@egov/io';
import { runChild } from './child-run';

const dataDir = join(process.cwd(), '.data');

interface ZipPart {
  readonly name: string;
  readonly compressed: Buffer;
  readonly crc: number;
  readonly size: number;
  /** Size written in the headers, when it should lie. */
  readonly declared?: number;
}

async function part(name: string, chunks: Iterable<string>, declared?: number): Promise<ZipPart> {
  // One raw deflate stream fed chunk by chunk, so the generator never holds the whole XML.
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    const buffer = Buffer.from(chunk, 'utf8');
    crc = crc32(buffer, crc);
    size += buffer.length;
    if (!deflate.write(buffer)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await finished;
  return { name, compressed: Buffer.concat(out), crc: crc >>> 0, size, ...(declared === undefined ? {} : { declared }) };
}

function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declared ?? p.size;
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    name.copy(local, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);
    locals.push(local, p.compressed);
    centrals.push(central);
    offset += local.length + p.compressed.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const agencies = ['Sở Thông tin và Truyền thông', 'Sở Kế hoạch và Đầu tư', 'UBND huyện Vị Xuyên', 'Ban Quản lý các Khu Công nghiệp'];

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function* sheetXml(rows: number, columns: number, references = true, distinct = false): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const letters = Array.from({ length: columns }, (_, c) => columnName(c));
  yield `<row r="1">${letters.map((l, c) => `<c r="${l}1" t="inlineStr"><is><t>Cột ${c + 1}</t></is></c>`).join('')}</row>`;
  let batch: string[] = [];
  for (let r = 2; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < columns; c++) {
      // Every third column is text (a shared string), the others numbers.
      const ref = references ? ` r="${letters[c] ?? ''}${r}"` : '';
      const text = distinct ? (r - 2) * 2 + (c === 1 ? 0 : 1) : (r + c) % agencies.length;
      const isText = distinct ? c >= 1 && c <= 2 : c % 3 === 1;
      row += isText ? `<c${ref} t="s"><v>${text}</v></c>` : `<c${ref}><v>${r * 7 + c}</v></c>`;
    }
    batch.push(`${row}</row>`);
    if (batch.length === 10_000) {
      yield batch.join('');
      batch = [];
    }
  }
  yield batch.join('');
  yield '</sheetData></worksheet>';
}

function* sharedStrings(count: number): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  if (count === 0) yield agencies.map((a) => `<si><t>${a}</t></si>`).join('');
  let batch: string[] = [];
  for (let i = 0; i < count; i++) {
    // Distinct Vietnamese text of 8 characters (two bytes each in memory).
    batch.push(`<si><t>Sở số ${String(i).padStart(7, '0').slice(-2)}${String.fromCharCode(0x1ea0 + (i % 90))}</t></si>`);
    if (batch.length === 10_000) {
      yield batch.join('');
      batch = [];
    }
  }
  yield `${batch.join('')}</sst>`;
}

async function workbook(file: string, rows: number, columns: number, lieAboutSheetSize = false, references = true, distinct = false): Promise<void> {
  const sheet = await part('xl/worksheets/sheet1.xml', sheetXml(rows, columns, references, distinct));
  const parts: ZipPart[] = [
    await part('[Content_Types].xml', ['<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>']),
    await part('_rels/.rels', ['<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>']),
    await part('xl/workbook.xml', ['<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>']),
    await part('xl/_rels/workbook.xml.rels', ['<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>']),
    await part('xl/sharedStrings.xml', sharedStrings(distinct ? (rows - 1) * 2 : 0)),
    // A lying zip declares a sheet 10 times smaller than it is (ratio still under the limit).
    lieAboutSheetSize ? { ...sheet, declared: Math.floor(sheet.size / 10) } : sheet,
  ];
  writeFileSync(file, zip(parts));
}

async function readOne(file: string): Promise<void> {
  const start = performance.now();
  const result = await readXlsx(readFileSync(file), { file });
  const seconds = (performance.now() - start) / 1000;
  const answer = result.ok ? `accepted: ${result.value.rows.length} rows × ${result.value.columns.length} columns` : `refused: ${result.error.ruleId} ${result.error.message.en}`;
  process.stdout.write(`${JSON.stringify({ answer, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

async function main(): Promise<void> {
  if (process.argv[2] === 'read') return readOne(process.argv[3] ?? '');
  mkdirSync(dataDir, { recursive: true });
  const cases = [
    { name: 'xlsx-999000x18.xlsx', rows: 999_000, columns: 18, what: '999 000 rows × 18 columns (issue 23: 4.7 GB with exceljs)' },
    { name: 'xlsx-999000x18-norefs.xlsx', rows: 999_000, columns: 18, what: 'same without cell references (smaller XML, within the zip limits)', refs: false },
    { name: 'xlsx-1000000x4.xlsx', rows: 1_000_000, columns: 4, what: '1 000 000 rows × 4 columns (the largest accepted shape: rows and cells at their limits)' },
    { name: 'xlsx-1048576x2.xlsx', rows: 1_048_576, columns: 2, what: '1 048 576 rows × 2 columns (Excel’s last row)' },
    { name: 'xlsx-900000x4-text.xlsx', rows: 900_000, columns: 4, what: '900 000 rows × 4 columns, 1.8 million distinct shared strings (16.2 M characters, just under the text limit)', distinct: true },
    { name: 'xlsx-200000x18.xlsx', rows: 200_000, columns: 18, what: '200 000 rows × 18 columns (3.6 M cells, within every limit)' },
    { name: 'xlsx-lying-200000x18.xlsx', rows: 200_000, columns: 18, what: 'same sheet, zip declares it 10× smaller', lie: true },
  ];
  const script = fileURLToPath(import.meta.url);
  const only = process.argv.slice(2);
  for (const c of cases.filter((one) => only.length === 0 || only.some((name) => one.name.includes(name)))) {
    const file = join(dataDir, c.name);
    await workbook(file, c.rows, c.columns, c.lie === true, c.refs !== false, c.distinct === true);
    const run = runChild(process.execPath, [script, 'read', file]);
    const line = run.stdout.trim().split('\n').at(-1) ?? '{}';
    const parsed = JSON.parse(line) as { answer?: string; maxRssMb?: number };
    const mb = Number.isNaN(run.peakMb) ? (parsed.maxRssMb ?? Number.NaN) : run.peakMb;
    process.stdout.write(
      `| ${c.what} | ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB | ${run.wallSeconds.toFixed(1)} s | ${run.cpuSeconds.toFixed(1)} s | ${mb.toFixed(0)} MB | ${parsed.answer ?? run.stderr.slice(0, 200)} |\n`,
    );
  }
}

await main();
