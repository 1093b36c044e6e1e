#!/usr/bin/env node
// Consumer smoke test: packs every publishable workspace package, installs the tarballs into a fresh
// project outside the workspace, and imports each package from ESM and from CommonJS. It catches what
// unit tests cannot: a missing file in `files`, a broken exports map, a dependency left in devDependencies,
// an ESM/CJS build that differs. Run after `turbo run build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');

/** @returns {{ name: string, dir: string, esm: boolean, cjs: boolean, bins: string[] }[]} */
function publishablePackages() {
  const found = [];
  for (const group of ['packages', 'apps']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const manifestPath = join(groupDir, entry.name, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      // Only packages with an importable entry point; a bin-only package is checked by its own tests.
      if (manifest.private !== true) {
        const main = manifest.exports?.['.'];
        found.push({
          name: manifest.name,
          dir: join(groupDir, entry.name),
          esm: main?.import !== undefined,
          cjs: main?.require !== undefined,
          bins: Object.keys(manifest.bin ?? {}),
        });
      }
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const packages = publishablePackages();
if (packages.length === 0) {
  console.error('smoke: no publishable packages found');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'egov-smoke-'));
const tarballs = join(work, 'tarballs');
const consumer = join(work, 'consumer');
mkdirSync(tarballs);
mkdirSync(consumer);

const dependencies = {};
for (const pkg of packages) {
  const output = run('pnpm', ['pack', '--pack-destination', tarballs], pkg.dir).trim().split('\n');
  const tarball = output.at(-1)?.trim();
  if (tarball === undefined || !tarball.endsWith('.tgz')) throw new Error(`smoke: pnpm pack gave no tarball for ${pkg.name}`);
  dependencies[pkg.name] = `file:${tarball}`;
}

writeFileSync(
  join(consumer, 'package.json'),
  JSON.stringify({ name: 'egov-smoke-consumer', private: true, dependencies, overrides: dependencies }, null, 2),
);
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], consumer);

let passed = 0;
let failed = 0;
for (const pkg of packages) {
  const id = JSON.stringify(pkg.name);
  writeFileSync(join(consumer, 'esm.mjs'), `import * as m from ${id}; console.log(JSON.stringify(Object.keys(m).sort()));`);
  writeFileSync(join(consumer, 'cjs.cjs'), `const m = require(${id}); console.log(JSON.stringify(Object.keys(m).sort()));`);
  try {
    const checks = [];
    if (pkg.esm) {
      const esm = JSON.parse(run('node', ['esm.mjs'], consumer));
      if (esm.length === 0) throw new Error('the ESM entry exports nothing');
      checks.push(`${esm.length} exports from ESM`);
      if (pkg.cjs) {
        const cjs = JSON.parse(run('node', ['cjs.cjs'], consumer));
        if (JSON.stringify(esm) !== JSON.stringify(cjs)) {
          throw new Error(`ESM and CJS export different names:\n  esm: ${esm.join(', ')}\n  cjs: ${cjs.join(', ')}`);
        }
        checks.push('same from CJS');
      }
    }
    for (const bin of pkg.bins) {
      const version = run(join(consumer, 'node_modules', '.bin', bin), ['--version'], consumer).trim();
      if (!/^\d+\.\d+\.\d+/.test(version)) throw new Error(`${bin} --version printed ${JSON.stringify(version)}`);
      checks.push(`${bin} --version ${version}`);
    }
    if (checks.length === 0) throw new Error('nothing to check: no entry point and no bin');
    console.log(`smoke: ${pkg.name} ok (${checks.join(', ')})`);
    passed++;
  } catch (error) {
    console.error(`smoke: ${pkg.name} FAILED: ${error instanceof Error ? (error.stderr || error.message) : String(error)}`);
    failed++;
  }
}

if (keep) console.log(`smoke: kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
