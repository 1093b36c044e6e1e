import { describe, expect, it } from 'vitest';
import { makeZip } from '../__fixtures__/make-zip';
import { defaultLimits } from '../limits';
import { checkZip } from './check-zip';
import { readZipDirectory } from './read-zip-directory';

const xml = new TextEncoder().encode('<?xml version="1.0"?><worksheet><sheetData/></worksheet>');

describe('readZipDirectory', () => {
  it('lists entries with their sizes', async () => {
    const zip = await makeZip([
      { name: '[Content_Types].xml', data: xml },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(5000) },
    ]);
    const directory = readZipDirectory(zip);
    expect(directory.ok && directory.value.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['[Content_Types].xml', 8, xml.length],
      ['xl/worksheets/sheet1.xml', 8, 5000],
    ]);
  });

  it('fails cleanly on bytes that are not a zip or are truncated', async () => {
    expect(readZipDirectory(new Uint8Array(10))).toEqual({ ok: false, error: 'no end of central directory record: not a zip archive' });
    const zip = await makeZip([{ name: 'a.xml', data: xml }]);
    expect(readZipDirectory(zip.slice(0, zip.length - 10)).ok).toBe(false);
    const shifted = zip.slice();
    new DataView(shifted.buffer).setUint32(shifted.length - 6, 3, true); // central directory offset
    expect(readZipDirectory(shifted)).toEqual({ ok: false, error: 'bad central directory entry 0' });
  });
});

describe('checkZip', () => {
  it('accepts an ordinary archive', async () => {
    expect(await checkZip(await makeZip([{ name: 'a.xml', data: xml }]), defaultLimits)).toBeUndefined();
  });

  it('refuses an entry with a bomb-like compression ratio', async () => {
    const zip = await makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(20 * 1024 * 1024) }]);
    expect(zip.length).toBeLessThan(100_000);
    const finding = await checkZip(zip, defaultLimits, 'bom.xlsx');
    expect(finding).toMatchObject({ ruleId: 'io/zip-bomb', severity: 'error', location: { file: 'bom.xlsx' } });
    expect(finding?.message.en).toMatch(/xl\/worksheets\/sheet1\.xml expands \d+ times, the limit is 200/);
  });

  it('refuses an archive whose declared total is too large, or that has too many entries', async () => {
    const zip = await makeZip([{ name: 'a.xml', data: xml }]);
    expect(await checkZip(zip, { ...defaultLimits, maxUncompressedBytes: 10 })).toMatchObject({
      ruleId: 'io/zip-bomb',
      data: { uncompressedBytes: xml.length },
    });
    expect(await checkZip(zip, { ...defaultLimits, maxZipEntries: 0.5 })).toMatchObject({ data: { entries: 1 } });
  });

  it('refuses an archive that lies about its uncompressed size', async () => {
    const zip = await makeZip([{ name: 'xl/sharedStrings.xml', data: new Uint8Array(3 * 1024 * 1024), declaredSize: 100_000 }]);
    const finding = await checkZip(zip, defaultLimits);
    expect(finding).toMatchObject({ ruleId: 'io/zip-bomb', data: { entry: 'xl/sharedStrings.xml', declared: 100_000 } });
  });

  it('reports a non-zip as io/xlsx-invalid', async () => {
    expect(await checkZip(new TextEncoder().encode('STT,Tên\n'), defaultLimits)).toMatchObject({ ruleId: 'io/xlsx-invalid' });
  });
});

describe('readZipDirectory with ZIP64 records', () => {
  it('reads sizes from the ZIP64 extra field and end-of-directory record', () => {
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    const data = new TextEncoder().encode('<sheetData/>');
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length + 20);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint32(20, 0xffffffff, true);
    cv.setUint32(24, 0xffffffff, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, 20, true);
    central.set(name, 46);
    const extra = 46 + name.length;
    cv.setUint16(extra, 0x0001, true);
    cv.setUint16(extra + 2, 16, true);
    cv.setUint32(extra + 4, 5, true); // uncompressed: 5 + 2^32
    cv.setUint32(extra + 8, 1, true);
    cv.setUint32(extra + 12, data.length, true); // compressed
    const zip64End = new Uint8Array(56);
    const zv = new DataView(zip64End.buffer);
    zv.setUint32(0, 0x06064b50, true);
    zv.setUint32(32, 1, true);
    zv.setUint32(40, central.length, true);
    zv.setUint32(48, local.length, true);
    const locator = new Uint8Array(20);
    const lov = new DataView(locator.buffer);
    lov.setUint32(0, 0x07064b50, true);
    lov.setUint32(8, local.length + central.length, true);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, 0xffff, true);
    ev.setUint16(10, 0xffff, true);
    ev.setUint32(12, 0xffffffff, true);
    ev.setUint32(16, 0xffffffff, true);
    const zip = new Uint8Array([...local, ...central, ...zip64End, ...locator, ...end]);
    const directory = readZipDirectory(zip);
    expect(directory.ok && directory.value).toEqual([
      { name: 'xl/worksheets/sheet1.xml', method: 0, compressedSize: data.length, uncompressedSize: 2 ** 32 + 5, localHeaderOffset: 0 },
    ]);
  });
});
