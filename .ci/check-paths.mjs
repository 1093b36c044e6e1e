#!/usr/bin/env node
// Gate step: the repository is self-contained. Fails when a tracked file names a path outside the checkout:
//   - an absolute path of a machine: a project folder (`/work/…`), a home directory (`/root/…`, `/home/<user>/…`,
//     `/Users/<user>/…`, `C:\Users\…`);
//   - a sibling folder of the checkout (`../shared…`), or any relative path (`../…`) that, read from the file's
//     own folder, climbs out of the repository root.
// Documents are cited by number and date, reference data lives beside the package that owns it. Prints each
// offending file:line with the path and what to do; exits 1 when there is any.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Absolute paths of a machine, and the sibling folder the project was built beside. */
const forbidden = [
  { pattern: /(?<![\w.-])\/work\/[\w.-][^\s'"`)\]]*/g, what: 'an absolute path of a machine (/work/…)' },
  { pattern: /(?<![\w.-])\/root\/[\w.-][^\s'"`)\]]*/g, what: "an absolute path in root's home directory (/root/…)" },
  { pattern: /(?<![\w.-])\/home\/[\w.-]+\/[^\s'"`)\]]*/g, what: 'an absolute path in a home directory (/home/<user>/…)' },
  { pattern: /(?<![\w.-])\/Users\/[\w.-]+\/[^\s'"`)\]]*/g, what: 'an absolute path in a home directory (/Users/<user>/…)' },
  { pattern: /\b[A-Za-z]:\\{1,2}Users\\/g, what: 'an absolute path in a Windows home directory (C:\\Users\\…)' },
  { pattern: /(?<![\w.-])\.\.\/(?:\.\.\/)*shared\b[^\s'"`)\]]*/g, what: 'the sibling folder `shared/` outside the repository' },
];

/**
 * Strings that look like one of the paths above but are not paths. Each names why; keep the list short.
 * `/root/children/…`: JSON pointers into an index framework whose root node is called `root`.
 */
const notPaths = [/\/root\/children\b/g];

/** Relative paths: a run of `../` and what follows, to resolve against the file's folder. */
const relativePath = /(?<![\w.-])((?:\.\.\/)+)[\w@.-]*/g;

/** Files whose content is not text, or that only tools write; and this file, which names what it looks for. */
const skipped = [/^\.ci\/check-paths\.mjs$/, /\.(?:png|jpe?g|gif|ico|xlsx|xls|zip|gz|tgz|pdf|woff2?)$/i, /(?:^|\/)pnpm-lock\.yaml$/];

function trackedFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((file) => file !== '' && !skipped.some((pattern) => pattern.test(file)));
}

const problems = [];
let checked = 0;
for (const file of trackedFiles()) {
  let text;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    continue; // deleted in the working tree, not yet committed
  }
  checked++;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    let scrubbed = line;
    for (const pattern of notPaths) scrubbed = scrubbed.replace(pattern, (match) => ' '.repeat(match.length));
    for (const { pattern, what } of forbidden) {
      for (const match of scrubbed.matchAll(pattern)) {
        problems.push({ file, line: index + 1, found: match[0], what });
      }
    }
    for (const match of scrubbed.matchAll(relativePath)) {
      const target = resolve(dirname(join(root, file)), match[0]);
      const fromRoot = relative(root, target);
      if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`)) {
        problems.push({ file, line: index + 1, found: match[0], what: `a relative path that leaves the repository (${fromRoot})` });
      }
    }
  });
}

if (problems.length > 0) {
  for (const { file, line, found, what } of problems) {
    console.error(`${file}:${line}: "${found}" is ${what}.`);
  }
  console.error(
    `\n${problems.length} path(s) outside the repository in ${checked} tracked files. Copy what is needed into the ` +
      'repository (reference data beside the package that owns it, with its sources), cite documents by number ' +
      'and date, and name paths relative to the repository.',
  );
  process.exit(1);
}
console.log(`paths: ${checked} tracked files name no path outside the repository`);
