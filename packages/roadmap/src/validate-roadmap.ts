import { type Finding, type PointerSegment, type Severity } from '@egov/core';
import { buildServiceIndex, type ServiceIndex } from './identity/service-index';
import { safeParseRoadmap } from './model/parse-roadmap';
import type { Roadmap } from './model/roadmap-schema';
import { builtinRules } from './rules/builtin-rules';
import { roadmapFacts } from './rules/roadmap-facts';
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
  const facts = roadmapFacts(roadmap, services);

  for (const rule of byId.values()) {
    const setting = config.rules?.[rule.id];
    const resolved = resolveSetting(rule, setting, findings);
    if (resolved === undefined) continue;
    try {
      rule.check({
        roadmap,
        services,
        references,
        facts,
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

/**
 * `toJsonPointer` of `@egov/core` (RFC 6901), escaping only the segments that hold `~` or `/`. Paths without
 * such segments (nearly all) are joined at once, after an empty first segment: `join` gives one flat
 * string, where concatenation gives a tree of pieces that the sort would read many times.
 */
function jsonPointer(segments: readonly PointerSegment[]): string {
  if (segments.every((segment) => typeof segment === 'number' || !(segment.includes('~') || segment.includes('/')))) {
    return ['', ...segments].join('/');
  }
  let pointer = '';
  for (const segment of segments) {
    const text = typeof segment === 'number' ? String(segment) : segment;
    pointer += `/${text.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  }
  return pointer;
}

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The order of `sortFindings` (from `@egov/core`: file, severity, row, path with numeric segments compared
 * as numbers, rule id), read from each pointer in place instead of splitting it into segments: tens of
 * thousands of findings are sorted on large roadmaps, and splitting their paths cost more than the sort.
 * The comparison gives the same sign as that of `sortFindings` for every pair, and both sorts are stable, so
 * the order is the same; the one exception, kept from the first version of this sort (pinned by
 * `validate-roadmap.pinned.test.ts`), is two different segments that compare equal ("01" and "1"), which
 * end the comparison here where `sortFindings` goes on to the rule ids.
 */
function sortOnce(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  const fileA = a.location?.file ?? '';
  const fileB = b.location?.file ?? '';
  if (fileA !== fileB) {
    const file = fileA.localeCompare(fileB);
    if (file !== 0) return file;
  }
  if (a.severity !== b.severity) return severityRank[a.severity] - severityRank[b.severity];
  const rowA = a.location?.row ?? 0;
  const rowB = b.location?.row ?? 0;
  if (rowA !== rowB) return rowA - rowB;
  // The rule id decides only between equal paths: two segments that differ but compare equal ("01" and "1")
  // end the comparison, as they do in `sortFindings`.
  return a.path === b.path ? a.ruleId.localeCompare(b.ruleId) : comparePointers(a.path, b.path);
}

/**
 * Compares two different JSON pointers segment by segment (the segments of `split('/')`): the first
 * segments that differ decide, as numbers when both are digits, else by `localeCompare`; when one path is a
 * prefix of the other, the shorter comes first.
 */
function comparePointers(p: string, q: string): number {
  let startP = 0;
  let startQ = 0;
  for (;;) {
    const endP = segmentEnd(p, startP);
    const endQ = segmentEnd(q, startQ);
    if (!sameText(p, startP, endP, q, startQ, endQ)) {
      const x = digitsValue(p, startP, endP);
      const y = digitsValue(q, startQ, endQ);
      if (x !== undefined && y !== undefined) return x - y;
      return p.slice(startP, endP).localeCompare(q.slice(startQ, endQ));
    }
    const lastP = endP === p.length;
    const lastQ = endQ === q.length;
    if (lastP || lastQ) return lastP === lastQ ? 0 : lastP ? -1 : 1;
    startP = endP + 1;
    startQ = endQ + 1;
  }
}

function segmentEnd(pointer: string, start: number): number {
  const slash = pointer.indexOf('/', start);
  return slash < 0 ? pointer.length : slash;
}

function sameText(p: string, startP: number, endP: number, q: string, startQ: number, endQ: number): boolean {
  if (endP - startP !== endQ - startQ) return false;
  for (let i = 0; i < endP - startP; i += 1) if (p.charCodeAt(startP + i) !== q.charCodeAt(startQ + i)) return false;
  return true;
}

/**
 * `Number(text)` of a segment that is ASCII digits (at least one), read in place; `undefined` for any other
 * segment. Up to 15 digits are summed exactly; longer ones go through `Number`, as in `sortFindings`.
 */
function digitsValue(pointer: string, start: number, end: number): number | undefined {
  if (end === start) return undefined;
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const code = pointer.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
    value = value * 10 + (code - 48);
  }
  return end - start <= 15 ? value : Number(pointer.slice(start, end));
}
