#!/usr/bin/env node
// `pnpm egov …`: builds what the `egov` command needs (turbo, cached), then runs it with the given arguments.
//
// stdout belongs to `egov` alone (`--json` and `--format sarif` print only JSON there): everything this launcher
// says goes to stderr. When turbo has nothing to rebuild it says nothing. When something must be built (the
// first run on a fresh clone builds every package the command needs, a minute or more on a slow machine), it
// says so and shows each package as its build starts; when a build fails it prints turbo's log and exits
// with turbo's code.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const turboBin = fileURLToPath(new URL('../node_modules/turbo/bin/turbo', import.meta.url));
const cliBin = fileURLToPath(new URL('../apps/cli/dist/bin.js', import.meta.url));
const tty = process.stderr.isTTY === true;
const started = Date.now();

/** Lines turbo printed, kept to show them if the build fails. */
const log = [];
/** Packages whose build ran (a cache miss), in order. */
const built = [];
let total = 0;
let announced = false;
/** On a terminal, the progress line is redrawn every second with the time spent so far. */
let ticker;

function elapsed() {
  return `${Math.round((Date.now() - started) / 1000)} s`;
}

function progress() {
  return `egov: building ${built.join(', ')} (${built.length}${total > 0 ? ` of at most ${total}` : ''} packages, ${elapsed()})…`;
}

function say(text) {
  if (tty) process.stderr.write(`\r\x1b[K${text.length > process.stderr.columns - 1 ? `${text.slice(0, process.stderr.columns - 2)}…` : text}`);
  else process.stderr.write(`${text}\n`);
}

function onLine(line) {
  log.push(line);
  const scope = /Running build in (\d+) packages?/.exec(line);
  if (scope?.[1] !== undefined) total = Number(scope[1]);
  const task = /^(\S+):build: cache miss, executing\b/.exec(line);
  if (task?.[1] === undefined) return;
  if (!announced) {
    announced = true;
    process.stderr.write('egov: building the command line and the packages it needs (the first run takes a minute or more)…\n');
  }
  built.push(task[1]);
  if (tty) {
    ticker ??= setInterval(() => say(progress()), 1000);
    say(progress());
  } else {
    say(`egov: building ${task[1]} (${built.length}${total > 0 ? ` of at most ${total}` : ''}, ${elapsed()})…`);
  }
}

const turbo = spawn(
  process.execPath,
  [turboBin, 'run', 'build', '--filter=@egov/cli...', '--output-logs=new-only', '--ui=stream', '--no-color'],
  { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
);
createInterface({ input: turbo.stdout }).on('line', onLine);
createInterface({ input: turbo.stderr }).on('line', onLine);

turbo.on('close', (code, signal) => {
  clearInterval(ticker);
  if (code !== 0) {
    if (tty && announced) process.stderr.write('\n');
    process.stderr.write(`${log.join('\n')}\negov: the build failed (turbo exited with ${signal ?? String(code)}); its log is above.\n`);
    process.exit(code ?? 1);
  }
  if (announced) {
    say(`egov: built ${built.length} package${built.length === 1 ? '' : 's'} in ${elapsed()}.`);
    if (tty) process.stderr.write('\n');
  }
  const cli = spawn(process.execPath, [cliBin, ...process.argv.slice(2)], { stdio: 'inherit' });
  // The command handles its own signals; the launcher passes on the ones sent to it alone and ends as it ended.
  const forward = (name) => cli.kill(name);
  for (const name of ['SIGINT', 'SIGTERM']) process.on(name, forward);
  cli.on('close', (cliCode, cliSignal) => {
    for (const name of ['SIGINT', 'SIGTERM']) process.off(name, forward);
    if (cliSignal !== null) process.kill(process.pid, cliSignal);
    else process.exit(cliCode ?? 1);
  });
});
