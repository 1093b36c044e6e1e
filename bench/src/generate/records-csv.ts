import { random } from '../random';
import { procedureTemplates, type ProcedureTemplate } from './national-catalogue';
import { communes } from './vietnamese-names';

/** The header of the records CSV: the Vietnamese headers `egov records stats` reads (as in the CLI fixtures). */
export const recordsHeader = 'Mã hồ sơ,Mã thủ tục,Cơ quan,Ngày tiếp nhận,Ngày hẹn trả,Ngày hoàn thành,Kênh nộp,Thanh toán trực tuyến,Số hóa,"Phản ánh, kiến nghị"';

/** Options of {@link recordsCsvChunks}. */
export interface RecordsCsvOptions {
  /** Number of data rows. */
  readonly rows: number;
  /** Seed (default 1). */
  readonly seed?: number;
  /** Rows per chunk (default 65 536). */
  readonly chunkRows?: number;
  /** One row in this many has an impossible date received ("30/02/2024"); 0 for none. Default 100 000. */
  readonly invalidEvery?: number;
  /** Procedures (default {@link procedureTemplates}). */
  readonly templates?: readonly ProcedureTemplate[];
}

const year = 2024;

function dayLabels(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    // Fixed dates computed from a fixed epoch: deterministic, never the clock.
    const date = new Date(Date.UTC(year, 0, 1 + i));
    out.push(`${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCFullYear())}`);
  }
  return out;
}

const encoder = new TextEncoder();

/**
 * Synthetic application records (hồ sơ) of one province for 2024, as UTF-8 CSV bytes in chunks (header in
 * the first chunk): dates dd/mm/yyyy, channels "Trực tuyến" (≈ 45 %), "Trực tiếp" (≈ 50 %), "Bưu chính"
 * (≈ 5 %); due date = received + the procedure's time limit (empty for the ≈ 2 % settled on the spot);
 * ≈ 92 % settled, ≈ 88 % of those on time and the rest 1–20 days late; the online-payment cell only for
 * procedures with a fee; ≈ 75 % digitised; ≈ 0,5 % with a complaint. Agencies are the lead departments of
 * provincial procedures and the People's Committees of communes for commune-tier ones. Deterministic for
 * a seed. Rows are assembled from pre-encoded byte pieces in one large buffer per chunk (no string per
 * row), which is what makes 10 million rows take seconds.
 *
 * @param options - Rows, seed, chunk size, invalid-row rate, procedures.
 * @returns An iterator of CSV chunks (each a fresh buffer).
 * @throws {Error} when `templates` is empty.
 * @example
 * ```ts
 * const text = new TextDecoder().decode(Buffer.concat([...recordsCsvChunks({ rows: 10 })]));
 * ```
 */
export function* recordsCsvChunks(options: RecordsCsvOptions): Generator<Uint8Array> {
  const next = random(options.seed ?? 1);
  const templates = options.templates ?? procedureTemplates();
  const first = templates[0];
  if (first === undefined) throw new Error('recordsCsvChunks: no procedures');
  const chunkRows = options.chunkRows ?? 65_536;
  const invalidEvery = options.invalidEvery ?? 100_000;
  const piece = (text: string): Uint8Array => encoder.encode(text);
  const days = dayLabels(366 + 60).map((day) => piece(`${day},`));
  const invalidDay = piece('30/02/2024,');
  const comma = piece(',');
  const communeAgencies = communes.map((c, i) => `UBND ${i % 3 === 0 ? 'phường' : 'xã'} ${c}`);
  // Agency names with a comma ("Sở Văn hóa, Thể thao và Du lịch") are quoted, as spreadsheets write them.
  const cell = (text: string): string => (text.includes(',') ? `"${text}"` : text);
  // `,code,agency,` for each procedure, and for each commune when the procedure is of the commune tier.
  const prefixes = templates.map((t) =>
    t.tier === 'Cấp xã' ? communeAgencies.map((agency) => piece(`,${t.code},${cell(agency)},`)) : [piece(`,${t.code},${cell(t.agency)},`)],
  );
  const channels = [piece('Trực tuyến,'), piece('Trực tiếp,'), piece('Bưu chính,')];
  const paidCells = [piece(''), piece('Có,'), piece('Không,')];
  const yes = piece('Có,');
  const no = piece('Không,');
  const yesEnd = piece('Có\n');
  const noEnd = piece('Không\n');
  const header = piece(`${recordsHeader}\n`);
  const rowLimit = 512;
  let buffer = new Uint8Array(chunkRows * rowLimit + header.length);
  let at = 0;
  const put = (bytes: Uint8Array): void => {
    buffer.set(bytes, at);
    at += bytes.length;
  };
  put(header);
  let inChunk = 0;
  for (let i = 0; i < options.rows; i += 1) {
    // Popular procedures are filed far more often (a Zipf-like skew), as in real registers.
    const procedure = Math.floor(templates.length * next() ** 3);
    const t = templates[procedure] ?? first;
    const byAgency = prefixes[procedure] ?? [];
    const prefix = byAgency[byAgency.length === 1 ? 0 : Math.floor(next() * byAgency.length)] ?? comma;
    const receivedDay = Math.floor(next() * 366);
    const onTheSpot = next() < 0.02;
    const dueDay = receivedDay + (onTheSpot ? 0 : t.timeLimitDays);
    const settled = next() < 0.92;
    const late = next() >= 0.88;
    const finishedDay = onTheSpot ? receivedDay : late ? dueDay + 1 + Math.floor(next() * 20) : receivedDay + Math.floor(next() * (dueDay - receivedDay + 1));
    const c = next();
    const channel = c < 0.45 ? 0 : c < 0.95 ? 1 : 2;
    const paid = t.hasFee ? (channel === 0 && next() < 0.8 ? 1 : 2) : 0;
    // Record id HS + 9 digits, written digit by digit.
    buffer[at] = 72;
    buffer[at + 1] = 83;
    for (let k = 10, n = i; k >= 2; k -= 1, n = Math.floor(n / 10)) buffer[at + k] = 48 + (n % 10);
    at += 11;
    put(prefix);
    put(invalidEvery > 0 && i % invalidEvery === invalidEvery - 1 ? invalidDay : (days[receivedDay] ?? comma));
    if (onTheSpot) put(comma);
    else put(days[dueDay] ?? comma);
    if (settled) put(days[finishedDay] ?? comma);
    else put(comma);
    put(channels[channel] ?? comma);
    if (paid === 0) put(comma);
    else put(paidCells[paid] ?? comma);
    put(next() < 0.75 ? yes : no);
    put(next() < 0.005 ? yesEnd : noEnd);
    inChunk += 1;
    if (inChunk === chunkRows) {
      yield buffer.subarray(0, at);
      buffer = new Uint8Array(chunkRows * rowLimit);
      at = 0;
      inChunk = 0;
    }
  }
  if (at > 0) yield buffer.subarray(0, at);
}
