// CSV reading throughput of @egov/io (not part of `pnpm test`). Run from packages/io:
//   pnpm bench
// It generates a synthetic file of application records (Vietnamese text, quoted fields, numbers) and
// measures the incremental parser on 64 KiB byte chunks (as from a Node stream or a browser
// ReadableStream), on one string, and `readCsv` on a smaller file.
import { createCsvParser, readCsv } from '../src/index';

const agencies = ['Sở Thông tin và Truyền thông', 'Sở Kế hoạch và Đầu tư', 'Ban Quản lý các Khu Công nghiệp', 'UBND huyện Vị Xuyên'];
const procedures = [
  'Cấp phép hoạt động ngành in',
  '"Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng, điều chỉnh"',
  'Đăng ký kinh doanh',
  'Cấp giấy phép xây dựng',
];

function generate(targetBytes: number): string {
  const lines = ['ma_ho_so,ma_thu_tuc,ten_thu_tuc,co_quan,ngay_nhan,ngay_tra,muc_do,trang_thai,le_phi'];
  let size = lines[0]?.length ?? 0;
  for (let i = 0; size < targetBytes; i++) {
    const line = [
      `H${String(1_000_000 + i)}`,
      `1.00${String(i % 9000)}`,
      procedures[i % procedures.length],
      agencies[i % agencies.length],
      '2019-03-14',
      '2019-03-21',
      String(2 + (i % 3)),
      i % 7 === 0 ? 'Trễ hạn' : 'Đúng hạn',
      String((i % 50) * 10_000),
    ].join(',');
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

function time(label: string, bytes: number, run: () => number): void {
  run(); // warm up
  const runs = 3;
  let best = Infinity;
  let bestCpu = Infinity;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    rows = run();
    const used = process.cpuUsage(cpu);
    best = Math.min(best, performance.now() - start);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  const mb = bytes / 1e6;
  // CPU time counts only the time this process ran, which is the fair figure on a shared machine.
  console.log(
    `${label}: ${rows} rows, ${mb.toFixed(1)} MB; wall ${best.toFixed(0)} ms = ${(mb / (best / 1000)).toFixed(1)} MB/s; ` +
      `CPU ${bestCpu.toFixed(0)} ms = ${(mb / (bestCpu / 1000)).toFixed(1)} MB/s`,
  );
}

const text = generate(100 * 1e6);
const bytes = new TextEncoder().encode(text);
const chunkSize = 64 * 1024;

time('createCsvParser, 64 KiB byte chunks', bytes.length, () => {
  const parser = createCsvParser();
  let rows = 0;
  for (let i = 0; i < bytes.length; i += chunkSize) rows += parser.push(bytes.subarray(i, i + chunkSize)).length;
  return rows + parser.end().length;
});

time('baseline: TextDecoder + split (no quoting rules), 64 KiB chunks', bytes.length, () => {
  const decoder = new TextDecoder();
  let rest = '';
  let rows = 0;
  for (let i = 0; i < bytes.length; i += chunkSize) {
    const lines = (rest + decoder.decode(bytes.subarray(i, i + chunkSize), { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.split(',').length > 0) rows++;
  }
  return rows;
});

time('createCsvParser, 64 KiB byte chunks, no NFC', bytes.length, () => {
  const parser = createCsvParser({ normalize: false });
  let rows = 0;
  for (let i = 0; i < bytes.length; i += chunkSize) rows += parser.push(bytes.subarray(i, i + chunkSize)).length;
  return rows + parser.end().length;
});

const small = bytes.subarray(0, bytes.lastIndexOf(10, 20 * 1e6) + 1);
time('readCsv, whole file in memory', small.length, () => {
  const result = readCsv(small);
  return result.ok ? result.value.rows.length : 0;
});

// Memory stays flat while streaming: the parser keeps only the unfinished record.
{
  const parser = createCsvParser();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let rows = 0;
  for (let i = 0; i < bytes.length; i += chunkSize) {
    rows += parser.push(bytes.subarray(i, i + chunkSize)).length;
    if (i % (chunkSize * 256) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  rows += parser.end().length;
  console.log(`streaming ${rows} rows: heap grew by at most ${((peak - before) / 1e6).toFixed(1)} MB (input ${(bytes.length / 1e6).toFixed(0)} MB held by the benchmark itself)`);
}
