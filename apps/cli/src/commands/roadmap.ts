import { hasErrors, type Finding } from '@egov/core';
import { projectRoadmap, roadmapJsonSchema, validateRoadmap, type ValidationConfig } from '@egov/roadmap';
import { readInput } from '../files/read-input';
import { UsageError, type CommandContext } from '../context';
import { formatFindingsReport } from '../output/print-findings';
import { formatTable } from '../output/format-table';
import { toSarif } from '../output/sarif';
import { cliVersion } from '../version';

async function readRoadmapInput(file: string): Promise<{ data: unknown } | { findings: readonly Finding[] }> {
  const input = await readInput(file);
  if (input.format === 'unreadable') return { findings: input.findings };
  if (input.format !== 'document') throw new UsageError(`${file} is a table; a roadmap is a YAML or JSON document`);
  return { data: input.data };
}

async function readConfig(file: string | undefined): Promise<ValidationConfig> {
  if (file === undefined) return {};
  const input = await readInput(file);
  if (input.format !== 'document' || typeof input.data !== 'object' || input.data === null) {
    throw new UsageError(`cannot read the rule configuration ${file} (a JSON or YAML object with "rules")`);
  }
  // Only data can come from a file: rules (levels and options) and references; plugins are code.
  const { rules, references, nearMatchThreshold } = input.data as Record<string, unknown>;
  const isObject = (value: unknown): value is Record<string, never> => typeof value === 'object' && value !== null && !Array.isArray(value);
  return {
    ...(isObject(rules) ? { rules } : {}),
    ...(isObject(references) ? { references } : {}),
    ...(typeof nearMatchThreshold === 'number' ? { nearMatchThreshold } : {}),
  };
}

/**
 * `egov roadmap validate <file>`: validates one roadmap with an optional rule configuration file
 * (`--config rules.yaml` with `rules: { "roadmap/step-after-due": "off" }`).
 *
 * @returns 0 clean, 1 when any finding is an error.
 * @throws {UsageError} when the file is not a document or the configuration cannot be read.
 * @example
 * ```ts
 * await roadmapValidateCommand(context, 'examples/thaibinh-2013-roadmap/roadmap.yaml', {});
 * ```
 */
export async function roadmapValidateCommand(context: CommandContext, file: string, options: { config?: string }): Promise<number> {
  const config = await readConfig(options.config);
  const input = await readRoadmapInput(file);
  const findings = 'findings' in input ? input.findings : validateRoadmap(input.data, config).findings;
  const groups = [{ file, kind: context.lang === 'vi' ? 'lộ trình' : 'roadmap', findings }];
  if (context.format === 'json') context.io.stdout(JSON.stringify({ file, findings }, null, 2) + '\n');
  else if (context.format === 'sarif') context.io.stdout(JSON.stringify(toSarif(groups, context.lang, cliVersion), null, 2) + '\n');
  else context.io.stdout(formatFindingsReport(groups, context.lang, context.style));
  return hasErrors(findings) ? 1 : 0;
}

/**
 * `egov roadmap schema`: prints the roadmap JSON Schema.
 *
 * @returns 0.
 * @example
 * ```ts
 * roadmapSchemaCommand(context); // prints the schema
 * ```
 */
export function roadmapSchemaCommand(context: CommandContext): number {
  context.io.stdout(JSON.stringify(roadmapJsonSchema(), null, 2) + '\n');
  return 0;
}

/**
 * `egov roadmap project <file>`: the number of services at each level at the end of every year.
 *
 * @returns 0, or 1 when the roadmap does not pass the schema.
 * @example
 * ```ts
 * await roadmapProjectCommand(context, 'examples/thaibinh-2013-roadmap/roadmap.yaml');
 * ```
 */
export async function roadmapProjectCommand(context: CommandContext, file: string): Promise<number> {
  const input = await readRoadmapInput(file);
  const result = 'findings' in input ? undefined : validateRoadmap(input.data, { rules: {} });
  if (result?.roadmap === undefined || result.services === undefined) {
    const findings = result?.findings ?? ('findings' in input ? input.findings : []);
    context.io.stdout(formatFindingsReport([{ file, findings: findings.filter((f) => f.severity === 'error') }], context.lang, context.style));
    return 1;
  }
  const projection = projectRoadmap(result.roadmap, result.services);
  if (context.format !== 'text') {
    context.io.stdout(JSON.stringify(projection, null, 2) + '\n');
    return 0;
  }
  const vi = context.lang === 'vi';
  const header = [vi ? 'Năm' : 'Year', vi ? 'Mức 1' : 'Level 1', vi ? 'Mức 2' : 'Level 2', vi ? 'Mức 3' : 'Level 3', vi ? 'Mức 4' : 'Level 4', vi ? 'Mức ≥ 3' : 'Level ≥ 3'];
  const rows = projection.years.map((year, index) => {
    const counts = projection.distribution[index] ?? [0, 0, 0, 0];
    return [String(year), ...counts.map(String), String(projection.atLeastLevelThree[index] ?? 0)];
  });
  context.say(context.style.bold(`${result.roadmap.decision.number} — ${result.roadmap.province}`));
  context.say(formatTable(header, rows));
  return 0;
}
