import type * as z from 'zod';
import { entrySchema, roadmapSchema, stepSchema, type Entry, type Roadmap, type Step } from './roadmap-schema';

// A hand-written check of the roadmap's entries and steps, the parts of a roadmap that grow with it (100 000
// entries, and their names again in the steps' service lists), so that large roadmaps do not pay zod's
// per-value cost. It accepts a subset of what `entrySchema` / `stepSchema` accept and then builds exactly
// the value zod builds (keys in the schema's order, strings trimmed where the schema trims, an optional key
// given as `undefined` kept as `undefined`). Whatever it does not accept goes to zod: the entry or step
// alone first, the whole document when anything fails, so every schema finding still comes from zod. `fast-parse-roadmap.test.ts` checks it against zod with fast-check.

/** `whenSchema`'s string form (copied from `when.ts`; the differential test keeps them in step). */
const whenText = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A value zod cannot take: the field's check failed, or it is left to zod. */
const rejected = Symbol('rejected');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isPlainArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

function trimmedText(value: unknown): string | typeof rejected {
  if (typeof value !== 'string') return rejected;
  const trimmed = value.trim();
  return trimmed.length === 0 ? rejected : trimmed;
}

function when(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2200 ? value : rejected;
  return typeof value === 'string' && whenText.test(value) ? value : rejected;
}

function level(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4 ? value : rejected;
}

function onlineClass(value: unknown): unknown {
  return value === 'full' || value === 'partial' ? value : rejected;
}

function anyString(value: unknown): unknown {
  return typeof value === 'string' ? value : rejected;
}

function textOrNumber(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : rejected;
  return trimmedText(value);
}

function flag(value: unknown): unknown {
  return typeof value === 'boolean' ? value : rejected;
}

function count(value: unknown): unknown {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : rejected;
}

function textList(value: unknown): unknown {
  if (!isPlainArray(value)) return rejected;
  const list: string[] = [];
  for (const item of value) {
    const trimmed = trimmedText(item);
    if (trimmed === rejected) return rejected;
    list.push(trimmed);
  }
  return list;
}

/** A field left to zod whenever it is given (`as_printed`, a record). */
function toZod(): unknown {
  return rejected;
}

/** An optional field's parsed value: `undefined` stays `undefined` (zod keeps the key). */
function optional(value: unknown, check: (value: unknown) => unknown): unknown {
  return value === undefined ? undefined : check(value);
}

/** Marks a field the input does not have. */
const absent = Symbol('absent');

/**
 * Parses one entry without zod when it can: the value `entrySchema.parse(input)` returns, or `undefined`
 * when the input is not one this check handles (which does not mean it is invalid: zod decides).
 *
 * @param input - One element of a roadmap's `entries`.
 * @returns The parsed entry, or `undefined` to let zod decide.
 * @example
 * ```ts
 * fastParseEntry({ service: ' Cấp giấy phép xây dựng ', due: 2015, target_level: 3 });
 * // { service: 'Cấp giấy phép xây dựng', target_level: 3, due: 2015 }
 * fastParseEntry({ service: 'Cấp giấy phép', due: 2015, colour: 'red' }); // undefined: zod reports the key
 * ```
 */
export function fastParseEntry(input: unknown): Entry | undefined {
  if (!isPlainObject(input)) return undefined;
  // One pass over the input's own keys (its prototype is plain, so for…in sees only them).
  let id: unknown = absent;
  let service: unknown = absent;
  let code: unknown = absent;
  let targetLevel: unknown = absent;
  let targetClass: unknown = absent;
  let fromLevel: unknown = absent;
  let due: unknown = absent;
  let phase: unknown = absent;
  let leadAgency: unknown = absent;
  let coAgencies: unknown = absent;
  let budget: unknown = absent;
  let list: unknown = absent;
  let mergedCellFrom: unknown = absent;
  let source: unknown = absent;
  let asPrinted: unknown = absent;
  let note: unknown = absent;
  for (const key in input) {
    const value = input[key];
    switch (key) {
      case 'id':
        id = value;
        break;
      case 'service':
        service = value;
        break;
      case 'code':
        code = value;
        break;
      case 'target_level':
        targetLevel = value;
        break;
      case 'target_class':
        targetClass = value;
        break;
      case 'from_level':
        fromLevel = value;
        break;
      case 'due':
        due = value;
        break;
      case 'phase':
        phase = value;
        break;
      case 'lead_agency':
        leadAgency = value;
        break;
      case 'co_agencies':
        coAgencies = value;
        break;
      case 'budget':
        budget = value;
        break;
      case 'list':
        list = value;
        break;
      case 'merged_cell_from':
        mergedCellFrom = value;
        break;
      case 'source':
        source = value;
        break;
      case 'as_printed':
        asPrinted = value;
        break;
      case 'note':
        note = value;
        break;
      default:
        return undefined; // an unknown key: zod reports it
    }
  }
  // The output in the schema's key order, as zod builds it.
  const output: Record<string, unknown> = {};
  let parsed: unknown;
  if (id !== absent) {
    parsed = optional(id, trimmedText);
    if (parsed === rejected) return undefined;
    output.id = parsed;
  }
  parsed = service === absent ? rejected : trimmedText(service);
  if (parsed === rejected) return undefined;
  output.service = parsed;
  if (code !== absent) {
    parsed = optional(code, trimmedText);
    if (parsed === rejected) return undefined;
    output.code = parsed;
  }
  if (targetLevel !== absent) {
    parsed = optional(targetLevel, level);
    if (parsed === rejected) return undefined;
    output.target_level = parsed;
  }
  if (targetClass !== absent) {
    parsed = optional(targetClass, onlineClass);
    if (parsed === rejected) return undefined;
    output.target_class = parsed;
  }
  if (fromLevel !== absent) {
    parsed = optional(fromLevel, level);
    if (parsed === rejected) return undefined;
    output.from_level = parsed;
  }
  parsed = due === absent ? rejected : when(due);
  if (parsed === rejected) return undefined;
  output.due = parsed;
  if (phase !== absent) {
    parsed = optional(phase, trimmedText);
    if (parsed === rejected) return undefined;
    output.phase = parsed;
  }
  if (leadAgency !== absent) {
    parsed = optional(leadAgency, trimmedText);
    if (parsed === rejected) return undefined;
    output.lead_agency = parsed;
  }
  if (coAgencies !== absent) {
    parsed = optional(coAgencies, textList);
    if (parsed === rejected) return undefined;
    output.co_agencies = parsed;
  }
  if (budget !== absent) {
    parsed = optional(budget, textOrNumber);
    if (parsed === rejected) return undefined;
    output.budget = parsed;
  }
  if (list !== absent) {
    parsed = optional(list, trimmedText);
    if (parsed === rejected) return undefined;
    output.list = parsed;
  }
  if (mergedCellFrom !== absent) {
    parsed = optional(mergedCellFrom, trimmedText);
    if (parsed === rejected) return undefined;
    output.merged_cell_from = parsed;
  }
  if (source !== absent) {
    parsed = optional(source, trimmedText);
    if (parsed === rejected) return undefined;
    output.source = parsed;
  }
  if (asPrinted !== absent) {
    parsed = optional(asPrinted, toZod);
    if (parsed === rejected) return undefined;
    output.as_printed = parsed;
  }
  if (note !== absent) {
    parsed = optional(note, anyString);
    if (parsed === rejected) return undefined;
    output.note = parsed;
  }
  return output as unknown as Entry;
}

/**
 * Parses one step without zod when it can: the value `stepSchema.parse(input)` returns, or `undefined`
 * when the input is not one this check handles (zod decides).
 *
 * @param input - One element of a roadmap's `steps`.
 * @returns The parsed step, or `undefined` to let zod decide.
 * @example
 * ```ts
 * fastParseStep({ from: '2014-01', to: '2014-12', action: 'Triển khai', services: [' Cấp phép '] });
 * // { from: '2014-01', to: '2014-12', action: 'Triển khai', services: ['Cấp phép'] }
 * ```
 */
export function fastParseStep(input: unknown): Step | undefined {
  if (!isPlainObject(input)) return undefined;
  // One pass over the input's own keys (its prototype is plain, so for…in sees only them).
  let id: unknown = absent;
  let from: unknown = absent;
  let fromInferred: unknown = absent;
  let to: unknown = absent;
  let action: unknown = absent;
  let kind: unknown = absent;
  let refersToStep: unknown = absent;
  let services: unknown = absent;
  let statedCount: unknown = absent;
  let source: unknown = absent;
  let asPrinted: unknown = absent;
  let note: unknown = absent;
  for (const key in input) {
    const value = input[key];
    switch (key) {
      case 'id':
        id = value;
        break;
      case 'from':
        from = value;
        break;
      case 'from_inferred':
        fromInferred = value;
        break;
      case 'to':
        to = value;
        break;
      case 'action':
        action = value;
        break;
      case 'kind':
        kind = value;
        break;
      case 'refers_to_step':
        refersToStep = value;
        break;
      case 'services':
        services = value;
        break;
      case 'stated_count':
        statedCount = value;
        break;
      case 'source':
        source = value;
        break;
      case 'as_printed':
        asPrinted = value;
        break;
      case 'note':
        note = value;
        break;
      default:
        return undefined; // an unknown key: zod reports it
    }
  }
  // The output in the schema's key order, as zod builds it.
  const output: Record<string, unknown> = {};
  let parsed: unknown;
  if (id !== absent) {
    parsed = optional(id, trimmedText);
    if (parsed === rejected) return undefined;
    output.id = parsed;
  }
  parsed = from === absent ? rejected : when(from);
  if (parsed === rejected) return undefined;
  output.from = parsed;
  if (fromInferred !== absent) {
    parsed = optional(fromInferred, flag);
    if (parsed === rejected) return undefined;
    output.from_inferred = parsed;
  }
  parsed = to === absent ? rejected : when(to);
  if (parsed === rejected) return undefined;
  output.to = parsed;
  parsed = action === absent ? rejected : trimmedText(action);
  if (parsed === rejected) return undefined;
  output.action = parsed;
  if (kind !== absent) {
    parsed = optional(kind, trimmedText);
    if (parsed === rejected) return undefined;
    output.kind = parsed;
  }
  if (refersToStep !== absent) {
    parsed = optional(refersToStep, trimmedText);
    if (parsed === rejected) return undefined;
    output.refers_to_step = parsed;
  }
  if (services !== absent) {
    parsed = optional(services, textList);
    if (parsed === rejected) return undefined;
    output.services = parsed;
  }
  if (statedCount !== absent) {
    parsed = optional(statedCount, count);
    if (parsed === rejected) return undefined;
    output.stated_count = parsed;
  }
  if (source !== absent) {
    parsed = optional(source, trimmedText);
    if (parsed === rejected) return undefined;
    output.source = parsed;
  }
  if (asPrinted !== absent) {
    parsed = optional(asPrinted, toZod);
    if (parsed === rejected) return undefined;
    output.as_printed = parsed;
  }
  if (note !== absent) {
    parsed = optional(note, anyString);
    if (parsed === rejected) return undefined;
    output.note = parsed;
  }
  return output as unknown as Step;
}

/**
 * Parses a roadmap with its entries and steps checked by {@link fastParseEntry} and {@link fastParseStep}
 * (zod for one they do not handle) and the rest of the document by zod. Returns `undefined` when anything fails, so that the caller
 * parses the whole input with zod and reports zod's findings; the value it returns is the value
 * `roadmapSchema.parse(input)` returns.
 *
 * @param input - The parsed document.
 * @returns The roadmap, or `undefined` to let zod parse the whole input.
 * @example
 * ```ts
 * const roadmap = fastParseRoadmap(yaml.parse(text)) ?? roadmapSchema.parse(yaml.parse(text));
 * ```
 */
export function fastParseRoadmap(input: unknown): Roadmap | undefined {
  if (!isPlainObject(input)) return undefined;
  const entries = parseList(input.entries, fastParseEntry, entrySchema);
  if (entries === undefined) return undefined;
  // `steps` is optional: a missing or non-array value is left to zod with the rest of the document.
  const steps = input.steps === undefined ? undefined : parseList(input.steps, fastParseStep, stepSchema);
  const rest = roadmapSchema.safeParse(steps === undefined ? { ...input, entries: [] } : { ...input, entries: [], steps: [] });
  if (!rest.success) return undefined;
  return steps === undefined ? { ...rest.data, entries } : { ...rest.data, entries, steps };
}

/** Every item parsed by the fast check, or by zod when it does not handle one; `undefined` if any fails. */
function parseList<T>(items: unknown, fast: (item: unknown) => T | undefined, schema: z.ZodType<T>): T[] | undefined {
  if (!isPlainArray(items)) return undefined;
  const output: T[] = [];
  for (const item of items) {
    const parsed = fast(item) ?? schema.safeParse(item).data;
    if (parsed === undefined) return undefined;
    output.push(parsed);
  }
  return output;
}
