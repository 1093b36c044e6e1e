import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';
import { tableReading } from './table-reading';

const unusual = fileURLToPath(new URL('../__fixtures__/catalogue-unusual-level-header.csv', import.meta.url));
const points = fileURLToPath(new URL('../__fixtures__/index-decimal-points.csv', import.meta.url));
const synthetic = fileURLToPath(new URL('../__fixtures__/synthetic-ictindex-subgroups.csv', import.meta.url));

interface CheckJson {
  files: { file: string; kind?: string; findings: { ruleId: string; severity: string; location?: { row?: number } }[] }[];
}

describe('--columns and --notation', () => {
  it('parses key="header" pairs and the notation, and refuses malformed ones', () => {
    expect(tableReading({ columns: ['level="Cấp độ"', "name='Tên TTHC'"], notation: 'en' })).toEqual({
      columns: { level: 'Cấp độ', name: 'Tên TTHC' },
      notation: 'en',
    });
    expect(tableReading({})).toEqual({});
    expect(() => tableReading({ columns: ['level'] })).toThrow('--columns needs key="header"');
    expect(() => tableReading({ notation: 'fr' })).toThrow('--notation must be vi or en');
  });

  it('egov check reads a catalogue with an unusual level header once it is mapped, and checks its total row', async () => {
    const unmapped = await run(['check', unusual, '--json']);
    expect(unmapped.code).toBe(2);
    const { code, stdout } = await run(['check', unusual, '--json', '--lang', 'en', '--columns', 'level=Cấp độ']);
    const result = JSON.parse(stdout) as CheckJson;
    expect(result.files[0]?.kind).toBe('procedure catalogue');
    expect(result.files[0]?.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.location?.row])).toEqual([['procedures/total-mismatch', 4]]);
    expect(code).toBe(1);
  });

  it('egov ictindex compute reads an index table printed with decimal points, detected or with --notation en', async () => {
    const commas = await run(['ictindex', 'compute', synthetic, '--json']);
    expect(commas.code).toBe(0);
    for (const extra of [[], ['--notation', 'en']]) {
      const { code, stdout } = await run(['ictindex', 'compute', points, '--json', ...extra]);
      expect(code).toBe(0);
      expect(stdout).toBe(commas.stdout.replaceAll('synthetic-ictindex-subgroups.csv', 'index-decimal-points.csv'));
    }
    // Read as Vietnamese, "0.41" is not a number: the notation is the user's to state, never guessed against them.
    expect((await run(['ictindex', 'compute', points, '--json', '--notation', 'vi'])).code).not.toBe(0);
  });
});
