/**
 * The problems of a SARIF log against the SARIF 2.1.0 structure (OASIS, sarif-schema-2.1.0.json), checked
 * by hand for what a consumer needs: `version` "2.1.0" and `runs`; each run's `tool.driver.name`, rules
 * with an `id`; each result's `message.text`, a `level` of none/note/warning/error, a `ruleId` whose
 * `ruleIndex` points at that rule, and locations whose `artifactLocation.uri` is a relative URI reference
 * (no backslash, no space, no `..` escape) and whose region has 1-based `startLine`/`startColumn`; each
 * invocation's `executionSuccessful`, and its tool notifications' message, level and locations.
 *
 * @param log - The parsed SARIF.
 * @returns The problems found; empty for a valid log.
 * @example
 * ```ts
 * expect(sarifProblems(JSON.parse(stdout))).toEqual([]);
 * ```
 */
export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(log)) return ['the log is not an object'];
  if (log.version !== '2.1.0') problems.push(`version is ${String(log.version)}`);
  if (!Array.isArray(log.runs)) return [...problems, 'runs is not an array'];
  for (const [r, run] of (log.runs as unknown[]).entries()) {
    if (!isObject(run) || !isObject(run.tool) || !isObject(run.tool.driver)) {
      problems.push(`runs/${String(r)}: no tool.driver`);
      continue;
    }
    const driver = run.tool.driver;
    if (typeof driver.name !== 'string' || driver.name === '') problems.push(`runs/${String(r)}: tool.driver.name missing`);
    const rules = Array.isArray(driver.rules) ? (driver.rules as unknown[]) : [];
    for (const [i, rule] of rules.entries()) {
      if (!isObject(rule) || typeof rule.id !== 'string') problems.push(`rules/${String(i)}: no id`);
    }
    const invocations = Array.isArray(run.invocations) ? (run.invocations as unknown[]) : run.invocations === undefined ? [] : [undefined];
    for (const [i, invocation] of invocations.entries()) {
      const at = `invocations/${String(i)}`;
      if (!isObject(invocation) || typeof invocation.executionSuccessful !== 'boolean') {
        problems.push(`${at}: executionSuccessful missing`);
        continue;
      }
      const notes = Array.isArray(invocation.toolExecutionNotifications) ? (invocation.toolExecutionNotifications as unknown[]) : [];
      for (const [n, note] of notes.entries()) {
        const where = `${at}/toolExecutionNotifications/${String(n)}`;
        if (!isObject(note) || !isObject(note.message) || typeof note.message.text !== 'string' || note.message.text === '') problems.push(`${where}: message.text missing`);
        else if (!['none', 'note', 'warning', 'error'].includes(String(note.level))) problems.push(`${where}: level ${String(note.level)}`);
        const locations = isObject(note) && Array.isArray(note.locations) ? (note.locations as unknown[]) : [];
        for (const location of locations) problems.push(...locationProblems(where, location));
      }
    }
    if (!Array.isArray(run.results)) {
      problems.push(`runs/${String(r)}: results is not an array`);
      continue;
    }
    for (const [i, result] of (run.results as unknown[]).entries()) {
      const at = `results/${String(i)}`;
      if (!isObject(result)) {
        problems.push(`${at}: not an object`);
        continue;
      }
      if (!isObject(result.message) || typeof result.message.text !== 'string' || result.message.text === '') problems.push(`${at}: message.text missing`);
      if (!['none', 'note', 'warning', 'error'].includes(String(result.level))) problems.push(`${at}: level ${String(result.level)}`);
      if (typeof result.ruleId !== 'string') problems.push(`${at}: ruleId missing`);
      const rule = typeof result.ruleIndex === 'number' ? rules[result.ruleIndex] : undefined;
      if (!isObject(rule) || rule.id !== result.ruleId) problems.push(`${at}: ruleIndex does not point at ${String(result.ruleId)}`);
      const locations = Array.isArray(result.locations) ? (result.locations as unknown[]) : [];
      for (const location of locations) problems.push(...locationProblems(at, location));
    }
  }
  return problems;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const positive = (value: unknown) => Number.isInteger(value) && (value as number) >= 1;

function locationProblems(at: string, location: unknown): string[] {
  if (!isRecord(location) || location.physicalLocation === undefined) return [];
  const physical = location.physicalLocation;
  if (!isRecord(physical) || !isRecord(physical.artifactLocation) || typeof physical.artifactLocation.uri !== 'string') {
    return [`${at}: physicalLocation without artifactLocation.uri`];
  }
  const problems: string[] = [];
  const uri = physical.artifactLocation.uri;
  if (/[\\\s]/.test(uri) || uri.startsWith('..') || uri.startsWith('/')) problems.push(`${at}: uri "${uri}" is not a relative URI reference`);
  const region = physical.region;
  if (region === undefined) return problems;
  if (!isRecord(region) || !positive(region.startLine)) problems.push(`${at}: region.startLine must be ≥ 1`);
  else if (region.startColumn !== undefined && !positive(region.startColumn)) problems.push(`${at}: region.startColumn must be ≥ 1`);
  return problems;
}
