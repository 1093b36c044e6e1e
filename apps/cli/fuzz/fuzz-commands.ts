import type { Seed } from './hostile-inputs';

/** Paths a command line is built from: the damaged file, its folder, and real companions. */
export interface CasePaths {
  /** The damaged file. */
  readonly file: string;
  /** The folder holding it (and nothing else but a report folder). */
  readonly dir: string;
  /** Where `report` writes. */
  readonly out: string;
  /** A real roadmap and catalogue, for the command that reads both. */
  readonly roadmap: string;
  readonly catalogue: string;
  /** An `--as-of` day, sometimes one that does not exist. */
  readonly asOf: string;
}

/** A command of the CLI that reads files, and the kinds of seed it is meant for. */
export interface FuzzCommand {
  readonly name: string;
  /** Seeds of these kinds get this command most of the time (any seed can get any command). */
  readonly kinds: readonly Seed['kind'][];
  readonly args: (paths: CasePaths) => string[];
}

/**
 * Every command of `egov` that reads files, as the fuzz runs them.
 *
 * @example
 * ```ts
 * fuzzCommands.find((command) => command.name === 'budget reconcile')?.args(paths);
 * ```
 */
export const fuzzCommands: readonly FuzzCommand[] = [
  { name: 'check file', kinds: ['budget', 'catalogue', 'levels', 'records', 'indicators', 'ranks', 'roadmap', 'plan', 'other'], args: (p) => ['check', p.file] },
  { name: 'check folder', kinds: ['plan', 'other'], args: (p) => ['check', p.dir] },
  { name: 'budget summary', kinds: ['budget', 'plan'], args: (p) => ['budget', 'summary', p.file] },
  { name: 'budget reconcile', kinds: ['budget', 'plan'], args: (p) => ['budget', 'reconcile', p.file] },
  { name: 'procedures stats', kinds: ['catalogue', 'levels'], args: (p) => ['procedures', 'stats', p.file] },
  { name: 'procedures dedupe', kinds: ['catalogue'], args: (p) => ['procedures', 'dedupe', p.file] },
  { name: 'procedures classify', kinds: ['catalogue'], args: (p) => ['procedures', 'classify', p.file] },
  { name: 'records stats', kinds: ['records'], args: (p) => ['records', 'stats', p.file, '--as-of', p.asOf] },
  { name: 'ictindex compute', kinds: ['indicators'], args: (p) => ['ictindex', 'compute', p.file] },
  { name: 'ictindex compare', kinds: ['ranks', 'indicators'], args: (p) => ['ictindex', 'compare', '2016', '2017', '--unit', 'Lào Cai', p.file] },
  { name: 'roadmap validate', kinds: ['roadmap'], args: (p) => ['roadmap', 'validate', p.file] },
  { name: 'roadmap project', kinds: ['roadmap'], args: (p) => ['roadmap', 'project', p.file] },
  { name: 'roadmap progress', kinds: ['roadmap'], args: (p) => ['roadmap', 'progress', p.file, '--catalogue', p.catalogue, '--as-of', p.asOf] },
  { name: 'roadmap progress (catalogue)', kinds: ['catalogue'], args: (p) => ['roadmap', 'progress', p.roadmap, '--catalogue', p.file, '--as-of', p.asOf] },
  { name: 'report', kinds: ['plan', 'roadmap', 'budget'], args: (p) => ['report', p.dir, '--out', p.out, '--force'] },
];
