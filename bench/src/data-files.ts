import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ictIndex2016, indicatorNodes } from '@egov/ictindex';
import { syntheticRoadmap } from '../../packages/roadmap/bench/synthetic';
import { ictIndexYears } from './generate/ictindex-data';
import { nationalCatalogueLines } from './generate/national-catalogue';
import { recordsCsvChunks } from './generate/records-csv';

/** Where generated files go (gitignored); scripts run from bench/. */
export const dataDir = join(process.cwd(), '.data');

/** What was generated. */
export interface GeneratedFile {
  readonly path: string;
  readonly bytes: number;
  /** Seconds spent writing it; 0 when it already existed. */
  readonly seconds: number;
}

function ensure(name: string, write: (path: string) => void): GeneratedFile {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, name);
  if (existsSync(path)) return { path, bytes: statSync(path).size, seconds: 0 };
  const start = performance.now();
  const partial = `${path}.partial`;
  write(partial);
  // Renamed only once complete, so an interrupted run never leaves a short file under the real name.
  renameSync(partial, path);
  return { path, bytes: statSync(path).size, seconds: (performance.now() - start) / 1000 };
}

/**
 * Writes the records CSV of `rows` rows unless it exists, with large buffered writes (64 Ki rows per
 * write).
 *
 * @param rows - Data rows.
 * @returns The file.
 */
export function ensureRecords(rows: number): GeneratedFile {
  return ensure(`records-${String(rows)}.csv`, (path) => {
    const fd = openSync(path, 'w');
    try {
      for (const chunk of recordsCsvChunks({ rows })) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  });
}

/**
 * Writes the national catalogue CSV (34 provinces × about 2 000 procedures) unless it exists.
 *
 * @returns The file.
 */
export function ensureCatalogue(): GeneratedFile {
  return ensure('national-catalogue.csv', (path) => {
    writeFileSync(path, `${nationalCatalogueLines().lines.join('\n')}\n`);
  });
}

/**
 * Writes a roadmap of `entries` entries (JSON, the roadmap benchmark's generator) unless it exists.
 *
 * @param entries - Entries.
 * @returns The file.
 */
export function ensureRoadmap(entries: number): GeneratedFile {
  return ensure(`roadmap-${String(entries)}.json`, (path) => {
    writeFileSync(path, JSON.stringify(syntheticRoadmap(entries)));
  });
}

/**
 * Writes ICT-Index raw data, 63 provinces × 30 indicators × 5 years (JSON array of yearly data), unless it exists.
 *
 * @returns The file.
 */
export function ensureIctIndex(): GeneratedFile {
  return ensure('ictindex-63x30x5.json', (path) => {
    writeFileSync(path, JSON.stringify(ictIndexYears(indicatorNodes(ictIndex2016.root).map((node) => node.id))));
  });
}
