import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from './__fixtures__/run-captured';
import { sarifProblems } from './__fixtures__/sarif-shape';
import type { CliIo } from './output/cli-io';
import { runCli } from './run-cli';

const examples = fileURLToPath(new URL('../../../examples', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const thaiBinh = `${examples}/thaibinh-2013-roadmap/roadmap.yaml`;
const infrastructure = `${examples}/langson-2019-it-plan/infrastructure.csv`;
const levels = `${examples}/langson-2019-it-plan/procedure-levels.csv`;
const catalogue = `${examples}/today-2026-catalogue/catalogue.csv`;
const ranks = `${examples}/laocai-2018-ictindex-plan/ictindex-ranks.csv`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'egov-machine-'));
  await writeFile(join(dir, 'note.txt.csv'), 'a,b\n1,2\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface ErrorDocument {
  readonly error?: { readonly kind: string; readonly exitCode: number; readonly message: string; readonly file?: string };
  readonly files?: readonly { readonly file: string; readonly findings: readonly { readonly ruleId: string }[] }[];
}

// Every command's failure paths, with --json: the exit code, and stdout one JSON document that says why.
const failures: readonly [string, () => string[], number, string][] = [
  ['no command', () => [], 2, 'usage'],
  ['an unknown command', () => ['nope'], 2, 'usage'],
  ['an unknown option', () => ['check', '--bogus', thaiBinh], 2, 'usage'],
  ['a missing argument', () => ['roadmap', 'validate'], 2, 'usage'],
  ['a bad --lang', () => ['check', thaiBinh, '--lang', 'xx'], 2, 'usage'],
  ['check: a missing path', () => ['check', 'no-such.yaml'], 2, 'usage'],
  ['check: an unknown --kind', () => ['check', thaiBinh, '--kind', 'poem'], 2, 'usage'],
  ['check: a named file of unknown kind', () => ['check', infrastructure], 2, 'usage'],
  ['roadmap validate: an unreadable file', () => ['roadmap', 'validate', 'no-such.yaml'], 2, 'input'],
  ['roadmap validate: a table', () => ['roadmap', 'validate', levels], 2, 'usage'],
  ['roadmap project: an unreadable file', () => ['roadmap', 'project', 'no-such.yaml'], 2, 'input'],
  ['roadmap progress: an unreadable catalogue', () => ['roadmap', 'progress', thaiBinh, '--catalogue', 'no-such.csv', '--as-of', '2015-12-31'], 2, 'input'],
  ['roadmap progress: a bad --as-of', () => ['roadmap', 'progress', thaiBinh, '--catalogue', catalogue, '--as-of', '31/12/2015'], 2, 'usage'],
  ['roadmap progress: an --as-of day that does not exist', () => ['roadmap', 'progress', thaiBinh, '--catalogue', catalogue, '--as-of', '2015-02-31'], 2, 'usage'],
  ['budget summary: an unreadable file', () => ['budget', 'summary', 'no-such.csv'], 2, 'input'],
  ['budget reconcile: not a budget table', () => ['budget', 'reconcile', catalogue], 2, 'usage'],
  ['budget reconcile: an unknown --unit', () => ['budget', 'reconcile', catalogue, '--unit', 'gold'], 2, 'usage'],
  ['procedures stats: an unreadable file', () => ['procedures', 'stats', 'no-such.csv'], 2, 'input'],
  ['procedures dedupe: a document', () => ['procedures', 'dedupe', thaiBinh], 2, 'usage'],
  ['procedures classify: a count table', () => ['procedures', 'classify', levels], 2, 'usage'],
  ['records stats: a missing column', () => ['records', 'stats', fixture('missing-channel-records.csv')], 2, 'usage'],
  ['records stats: a bad --period', () => ['records', 'stats', fixture('synthetic-records.csv'), '--period', 'decade'], 2, 'usage'],
  ['ictindex compute: a missing column', () => ['ictindex', 'compute', fixture('missing-unit-column.csv')], 2, 'input'],
  ['ictindex compare: a bad year', () => ['ictindex', 'compare', '20x6', '2017', '--unit', 'Lào Cai', ranks], 2, 'usage'],
  ['ictindex whatif: no --set', () => ['ictindex', 'whatif', ranks, '--unit', 'Lào Cai'], 2, 'usage'],
  ['report: a missing folder', () => ['report', join(dir, 'no-such-folder')], 2, 'usage'],
  ['init: a folder with files', () => ['init', dir], 2, 'usage'],
];

describe('--json on every failure path: one JSON document on stdout, exit 0/1/2', () => {
  it.each(failures)('%s', async (_name, args, code, kind) => {
    const run = await runCaptured([...args(), '--json']);
    expect(run.code).toBe(code);
    const document = JSON.parse(run.stdout) as ErrorDocument;
    expect(document.error?.kind).toBe(kind);
    expect(document.error?.exitCode).toBe(code);
    expect(document.error?.message).not.toBe('');
    // People reading the log still get the message on stderr.
    expect(run.stderr).not.toBe('');
  });
  it('names the file a usage error is about, and gives the unreadable file its finding', async () => {
    const unknown = JSON.parse((await runCaptured(['check', infrastructure, '--json'])).stdout) as ErrorDocument;
    expect(unknown.error?.file).toBe(infrastructure);
    const unreadable = JSON.parse((await runCaptured(['procedures', 'stats', 'no-such.csv', '--json'])).stdout) as ErrorDocument;
    expect(unreadable.files?.[0]?.findings[0]?.ruleId).toBe('cli/unreadable-file');
  });
  it('an amount that cannot be read is JSON too (exit 1)', async () => {
    const run = await runCaptured(['budget', 'words', 'abc', 'xyz', '--json']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: unknown[] }).findings).toHaveLength(1);
  });
  it('--help and --version answer in JSON', async () => {
    const help = await runCaptured(['check', '--help', '--json']);
    expect(help.code).toBe(0);
    expect((JSON.parse(help.stdout) as { help: string }).help).toContain('egov check examples/');
    const version = await runCaptured(['--json', '--version']);
    expect((JSON.parse(version.stdout) as { version: string }).version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('--format sarif on every failure path: one SARIF log', () => {
  it.each(failures.filter(([name]) => !name.startsWith('init') && !name.startsWith('budget words')))('%s', async (_name, args, code) => {
    const run = await runCaptured([...args(), '--format', 'sarif']);
    expect(run.code).toBe(code);
    const log = JSON.parse(run.stdout) as { runs: { invocations?: { executionSuccessful: boolean }[] }[] };
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(false);
  });
  it('a named file check cannot classify is a notification placed at the file', async () => {
    const log = JSON.parse((await runCaptured(['check', infrastructure, '--format', 'sarif'])).stdout) as {
      runs: { invocations: { toolExecutionNotifications: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[];
    };
    const note = log.runs[0]?.invocations[0]?.toolExecutionNotifications[0];
    expect(note?.level).toBe('error');
    expect(note?.message.text).toContain('cannot tell what');
    expect(note?.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/infrastructure\.csv$/);
  });
  it('a file of unknown kind in a folder is a warning notification, the run still successful', async () => {
    const run = await runCaptured(['check', dir, '--format', 'sarif']);
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; descriptor: { id: string } }[] }[] }[] };
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0]?.invocations[0]?.executionSuccessful).toBe(true);
    expect(log.runs[0]?.invocations[0]?.toolExecutionNotifications).toEqual([expect.objectContaining({ level: 'warning', descriptor: { id: 'egov/unknown-kind' } })]);
  });
});

describe('a bug in egov', () => {
  // An environment that throws when read stands for any bug: nothing in egov expects it.
  const brokenIo = (): { io: CliIo; out: () => string; err: () => string } => {
    let stdout = '';
    let stderr = '';
    const env = new Proxy({}, { get: () => { throw new TypeError('the environment exploded'); } });
    return { io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, isTTY: false }, out: () => stdout, err: () => stderr };
  };
  it('exits 70 with a message asking to report it, in JSON too', async () => {
    const { io, out, err } = brokenIo();
    expect(await runCli(['check', thaiBinh, '--json'], io)).toBe(70);
    const document = JSON.parse(out()) as ErrorDocument;
    expect(document.error?.kind).toBe('internal');
    expect(document.error?.message).toContain('please report it');
    expect(err()).toContain('the environment exploded');
  });
  it('exits 70 in text, with the message and the stack on stderr', async () => {
    const { io, out, err } = brokenIo();
    expect(await runCli(['check', thaiBinh], io)).toBe(70);
    expect(out()).toBe('');
    expect(err()).toMatch(/^egov: internal error: TypeError: the environment exploded\. This is a bug in egov/);
  });
});
