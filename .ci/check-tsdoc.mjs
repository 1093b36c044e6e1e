#!/usr/bin/env node
// Checks that every public export of every publishable package is documented: functions, classes and
// constants need a TSDoc summary and an @example; types and interfaces need a summary. Public = exported
// from the package's src/index.ts. Prints each undocumented export with its file and line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const entries = [];
for (const group of ['packages', 'apps']) {
  const groupDir = join(root, group);
  if (!existsSync(groupDir)) continue;
  for (const name of readdirSync(groupDir)) {
    const manifestPath = join(groupDir, name, 'package.json');
    const entry = join(groupDir, name, 'src/index.ts');
    if (!existsSync(manifestPath) || !existsSync(entry)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.private !== true) entries.push({ name: manifest.name, entry });
  }
}

const program = ts.createProgram(
  entries.map((e) => e.entry),
  { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, customConditions: ['@egov/source'], noEmit: true, allowJs: false, resolveJsonModule: true },
);
const checker = program.getTypeChecker();
const problems = [];
let checked = 0;

for (const { name, entry } of entries) {
  const source = program.getSourceFile(entry);
  if (source === undefined) continue;
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined) continue;
    checked++;
    const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker).map((tag) => tag.name);
    const where = `${relative(root, declaration.getSourceFile().fileName)}:${declaration.getSourceFile().getLineAndCharacterOfPosition(declaration.getStart()).line + 1}`;
    if (summary === '') problems.push(`${name}: ${exported.name} has no TSDoc summary (${where})`);
    else if (isValue && !tags.includes('example')) problems.push(`${name}: ${exported.name} has no @example (${where})`);
  }
}

for (const problem of problems) console.error(`tsdoc: ${problem}`);
console.log(`tsdoc: ${checked - problems.length} passed, ${problems.length} failed`);
process.exit(problems.length === 0 ? 0 : 1);
