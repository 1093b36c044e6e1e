import { type Finding, type PointerSegment, type Severity } from '@egov/core';
import { buildServiceIndex, type ServiceIndex } from './identity/service-index';
import { safeParseRoadmap } from './model/parse-roadmap';
import type { Roadmap } from './model/roadmap-schema';
import { builtinRules } from './rules/builtin-rules';
import { badLevelFinding, configFinding, registerRules, ruleFailedFinding, ruleLevels } from './rules/rule-registry';
import type { AnyRoadmapRule, RoadmapRule, ValidationReferences } from './rules/rule';

/** How a rule is turned on: off, or at a severity (`warn` is accepted for `warning`, as in ESLint). */
export type RuleLevel = 'off' | 'warn' | Severity;

/** A rule's setting: a level, or a level with options (merged over the rule's defaults). */
export type RuleSetting = RuleLevel | readonly [RuleLevel] | readonly [RuleLevel, Readonly<Record<string, unknown>>];

/** A set of third-party rules; their ids should use the plugin's own namespace (`acme/…`). */
export interface RoadmapPlugin {
  readonly name: string;
  readonly rules: readonly AnyRoadmapRule[];
}

/** Configuration of {@link validateRoadmap}. */
export interface ValidationConfig {
  /** Rule id → setting; rules not named run at their default severity with default options. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Extra rules. */
  readonly plugins?: readonly RoadmapPlugin[];
  /** Agencies, catalogue and national targets, for the rules that need them. */
  readonly references?: ValidationReferences;
  /** Name similarity at which two names are the same service (default 0.9). */
  readonly nearMatchThreshold?: number;
}

/** What {@link validateRoadmap} returns. */
export interface ValidationResult {
  /** The typed roadmap, when the input passed the schema. */
  readonly roadmap: Roadmap | undefined;
  /** The service index, when the input passed the schema. */
  readonly services: ServiceIndex | undefined;
  /** Every finding, sorted (errors first, then by path). */
  readonly findings: Finding[];
}


/**
 * Validates a roadmap like ESLint validates code: the input is checked against the schema (problems are
 * `roadmap/schema` findings), then every enabled rule runs and reports findings with a JSON-pointer path
 * into the input. Configuration problems (unknown rule, bad level or option) are `roadmap/config`
 * findings; a rule that throws is reported as `roadmap/rule-failed`. Never throws.
 *
 * @param input - Parsed YAML or JSON.
 * @param config - Rule levels and options, plugins and reference data.
 * @returns The roadmap (when valid), its services and the findings.
 * @example
 * ```ts
 * const { findings } = validateRoadmap(yaml.parse(text), {
 *   rules: { 'roadmap/step-after-due': 'off', 'roadmap/level-four-without-three': ['error', { scope: 'upgrades' }] },
 * });
 * findings.filter((finding) => finding.severity === 'error');
 * ```
 */
export function validateRoadmap(input: unknown, config: ValidationConfig = {}): ValidationResult {
  const rules = [...builtinRules, ...(config.plugins ?? []).flatMap((plugin) => plugin.rules)];
  const { byId, findings } = registerRules<AnyRoadmapRule>(rules, Object.keys(config.rules ?? {}), 'roadmap');

  const parsed = safeParseRoadmap(input);
  if (!parsed.ok) return { roadmap: undefined, services: undefined, findings: sortOnce([...findings, ...parsed.error]) };
  const roadmap = parsed.value;
  const services = buildServiceIndex(roadmap, config.nearMatchThreshold === undefined ? {} : { nearMatchThreshold: config.nearMatchThreshold });
  const references = config.references ?? {};

  for (const rule of byId.values()) {
    const setting = config.rules?.[rule.id];
    const resolved = resolveSetting(rule, setting, findings);
    if (resolved === undefined) continue;
    try {
      rule.check({
        roadmap,
        services,
        references,
        options: resolved.options,
        report: (report) => {
          // What `createFinding` builds (same keys in the same order, frozen), without its intermediate
          // objects: rules report tens of thousands of findings on large roadmaps.
          const path = jsonPointer(report.path);
          findings.push(
            Object.freeze(
              report.data === undefined
                ? { ruleId: rule.id, severity: resolved.severity, message: report.message, path }
                : { ruleId: rule.id, severity: resolved.severity, message: report.message, path, data: report.data },
            ),
          );
        },
      });
    } catch (error) {
      findings.push(ruleFailedFinding('roadmap', rule.id, error));
    }
  }
  return { roadmap, services, findings: sortOnce(findings) };
}

function resolveSetting(
  rule: RoadmapRule<object>,
  setting: RuleSetting | undefined,
  findings: Finding[],
): { severity: Severity; options: object } | undefined {
  if (setting === undefined) return { severity: rule.defaultSeverity, options: rule.defaultOptions };
  const [levelName, userOptions] = typeof setting === 'string' ? [setting, undefined] : [setting[0], setting[1]];
  const level = ruleLevels[levelName];
  if (level === undefined) {
    findings.push(badLevelFinding('roadmap', rule.id, levelName));
    return undefined;
  }
  if (level === 'off') return undefined;
  const known = Object.keys(rule.defaultOptions);
  for (const key of Object.keys(userOptions ?? {})) {
    if (!known.includes(key)) {
      findings.push(
        configFinding(
          'roadmap',
          `Rule "${rule.id}" has no option "${key}" (options: ${known.join(', ') || 'none'})`,
          `Luật "${rule.id}" không có tùy chọn "${key}" (các tùy chọn: ${known.join(', ') || 'không có'})`,
          rule.id,
        ),
      );
    }
  }
  return { severity: level, options: { ...rule.defaultOptions, ...userOptions } };
}

/** `toJsonPointer` of `@egov/core` (RFC 6901), escaping only the segments that hold `~` or `/`. */
function jsonPointer(segments: readonly PointerSegment[]): string {
  let pointer = '';
  for (const segment of segments) {
    const text = typeof segment === 'number' ? String(segment) : segment;
    pointer += text.includes('~') || text.includes('/') ? `/${text.replaceAll('~', '~0').replaceAll('/', '~1')}` : `/${text}`;
  }
  return pointer;
}

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const digits = /^\d+$/;

/**
 * The order of `sortFindings` (from `@egov/core`: file, severity, row, path with numeric segments compared
 * as numbers, rule id), with each finding's sort key computed once instead of once per comparison: tens of
 * thousands of findings are sorted on large roadmaps. The comparison gives the same sign for every pair,
 * and both sorts are stable, so the order is the same.
 */
function sortOnce(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((finding) => {
    const segments = finding.path.split('/');
    return {
      finding,
      file: finding.location?.file ?? '',
      severity: severityRank[finding.severity],
      row: finding.location?.row ?? 0,
      segments,
      numeric: segments.map((segment) => digits.test(segment)),
    };
  });
  keyed.sort((a, b) => {
    if (a.file !== b.file) {
      const file = a.file.localeCompare(b.file);
      if (file !== 0) return file;
    }
    if (a.severity !== b.severity) return a.severity - b.severity;
    if (a.row !== b.row) return a.row - b.row;
    const shorter = Math.min(a.segments.length, b.segments.length);
    for (let i = 0; i < shorter; i += 1) {
      const x = a.segments[i] ?? '';
      const y = b.segments[i] ?? '';
      if (x === y) continue;
      if (a.numeric[i] === true && b.numeric[i] === true) return Number(x) - Number(y);
      return x.localeCompare(y);
    }
    return a.segments.length - b.segments.length || a.finding.ruleId.localeCompare(b.finding.ruleId);
  });
  return keyed.map((item) => item.finding);
}
