import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decision766 } from './decision-766';

// The national targets (with their README) live in the package's `data/national-targets/`; the thresholds
// of Decision 766 are compiled into decision-766.ts. Tests may read files; package code may not.
const dataFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/national-targets/targets.csv');

/** The CSV's metric (what the transcription calls it) → the indicator of `decision766` that scores it. */
const indicatorOfMetric: Readonly<Record<string, string>> = {
  'procedures offering an online service (full points at or above)': 'procedures-online',
  'records filed online (full points at or above)': 'records-online',
  'records digitised (full points at or above)': 'records-digitised',
  'digitised data reused (full points at or above)': 'digitised-reused',
  'procedures with online payment (full points at or above)': 'online-payment',
  'satisfaction (full points at or above)': 'satisfaction',
};

function read766Rows(): { metric: string; target: string; issued: string }[] {
  const text = readFileSync(dataFile, 'utf8');
  const [header, ...lines] = text.split('\n').filter((line) => line !== '');
  expect(header).toBe('source,issued,horizon,metric_kind,metric,target,confidence,note');
  return lines
    .map((line) => line.split(','))
    .filter((cells) => cells[0] === 'QĐ 766/QĐ-TTg')
    .map((cells) => ({ issued: cells[1] ?? '', metric: cells[4] ?? '', target: cells[5] ?? '' }));
}

describe('decision766 against data/national-targets/targets.csv', () => {
  it('every threshold of the transcription is the threshold of its indicator, and none is left out', () => {
    const rows = read766Rows();
    expect(rows.map((row) => row.metric).sort()).toEqual(Object.keys(indicatorOfMetric).sort());
    const thresholds = new Map(
      decision766.groups.flatMap((group) =>
        group.indicators.flatMap((indicator) =>
          indicator.rule.kind === 'threshold' ? [[indicator.id, `${indicator.rule.thresholdPercent}%`] as const] : [],
        ),
      ),
    );
    for (const row of rows) {
      expect(thresholds.get(indicatorOfMetric[row.metric] ?? ''), row.metric).toBe(row.target);
      expect(decision766.source.issued).toBe(row.issued);
    }
    expect(thresholds.size).toBe(rows.length);
  });
});
