import { EgovError } from '../errors/egov-error';
import { foldProvinceName, slugProvinceName } from './fold-province-name';
import { dayBefore, isWithin } from './iso-date';
import {
  provinces34ValidFrom,
  provinces63ValidFrom,
  provinces63ValidTo,
  provinceStatusChanges,
  type ProvinceStatusChange,
} from './province-facts';
import type { ProvinceGeneration, ProvinceStatus, ProvinceType, ProvinceUnit } from './province-unit';
import { provinces34Rows, provinces63Rows, type Province34Row, type Province63Row } from './provinces-data';

/** Internal lookup tables over all unit versions (not part of the public API). */
export interface ProvinceRegistry {
  /** The 63 then the 34, each in code order. */
  readonly units: readonly ProvinceUnit[];
  readonly byId: ReadonlyMap<string, ProvinceUnit>;
  readonly byCode: ReadonlyMap<string, readonly ProvinceUnit[]>;
  /** Folded names (every name a version had, plus aliases) → versions. */
  readonly byNameKey: ReadonlyMap<string, readonly ProvinceUnit[]>;
}

/** Common short forms that are not names in the lists. */
const aliases: Readonly<Record<string, readonly string[]>> = {
  'Hồ Chí Minh': ['HCM', 'TPHCM', 'TP.HCM'],
};

function toType(value: string, where: string): ProvinceType {
  if (value === 'tỉnh' || value === 'thành phố trực thuộc trung ương') return value;
  throw new EgovError({ code: 'invalid-data', message: `${where}: unknown unit type "${value}"` });
}

function buildHistory(
  generation: ProvinceGeneration,
  code: string,
  name: string,
  type: ProvinceType,
  validFrom: string,
  validTo: string | undefined,
  changes: readonly ProvinceStatusChange[],
): ProvinceStatus[] {
  const own = changes.filter((c) => c.generation === generation && c.code === code);
  const withTo = (status: Omit<ProvinceStatus, 'validTo'>, to: string | undefined): ProvinceStatus =>
    to === undefined ? status : { ...status, validTo: to };
  if (own.length === 0) return [withTo({ validFrom, name, type }, validTo)];
  // Changes are applied in date order; the CSV row must show the state before the first or after the last
  // one (the 63-list is "as of 1/3/2025", the 34-list "as of 1/7/2025").
  const sorted = [...own].sort((a, b) => a.effective.localeCompare(b.effective));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const rowMatches = (s: { name: string; type: ProvinceType } | undefined): boolean =>
    s?.name === name && s.type === type;
  if (!rowMatches(first?.before) && !rowMatches(last?.after)) {
    throw new EgovError({
      code: 'invalid-data',
      message: `Status change of ${generation}/${code} does not match its CSV row "${name}", "${type}"`,
    });
  }
  const history: ProvinceStatus[] = [];
  let from = validFrom;
  let current = first?.before ?? { name, type };
  for (const change of sorted) {
    if (!isWithin(change.effective, validFrom, validTo) || change.effective === validFrom) {
      throw new EgovError({
        code: 'invalid-data',
        message: `Status change of ${generation}/${code} on ${change.effective} is outside its validity`,
      });
    }
    history.push({ validFrom: from, validTo: dayBefore(change.effective), ...current });
    from = change.effective;
    current = change.after;
  }
  history.push(withTo({ validFrom: from, ...current }, validTo));
  return history;
}

function firstName(history: readonly ProvinceStatus[], fallback: string): string {
  return history[0]?.name ?? fallback;
}

/**
 * Builds the registry from the compiled rows. Throws {@link EgovError} (`invalid-data`) when the rows
 * are inconsistent (a predecessor that is not in the 63, an old unit with no or two successors, …): that
 * is a defect of the compiled data, caught by the tests, not a user error.
 */
export function createProvinceRegistry(
  rows63: readonly Province63Row[],
  rows34: readonly Province34Row[],
  changes: readonly ProvinceStatusChange[] = provinceStatusChanges,
): ProvinceRegistry {
  const old = rows63.map((row) => {
    const type = toType(row.type, `provinces-63.csv code ${row.code}`);
    const history = buildHistory('63', row.code, row.name, type, provinces63ValidFrom, provinces63ValidTo, changes);
    return {
      id: `${slugProvinceName(firstName(history, row.name))}@${provinces63ValidFrom.slice(0, 4)}`,
      code: row.code,
      name: row.name,
      generation: '63' as const,
      region: row.region,
      validFrom: provinces63ValidFrom,
      validTo: provinces63ValidTo,
      history,
    };
  });
  const oldByKey = new Map(old.map((unit) => [foldProvinceName(unit.name), unit]));
  const successorIdByOldId = new Map<string, string>();

  const current: ProvinceUnit[] = rows34.map((row): ProvinceUnit => {
    const type = toType(row.type, `provinces-34.csv code ${row.code}`);
    const history = buildHistory('34', row.code, row.name, type, provinces34ValidFrom, undefined, changes);
    const id = `${slugProvinceName(firstName(history, row.name))}@${provinces34ValidFrom.slice(0, 4)}`;
    const predecessorIds = row.predecessors.split(';').map((name) => {
      const predecessor = oldByKey.get(foldProvinceName(name));
      if (predecessor === undefined) {
        throw new EgovError({
          code: 'invalid-data',
          message: `provinces-34.csv code ${row.code}: predecessor "${name}" is not in provinces-63.csv`,
        });
      }
      if (successorIdByOldId.has(predecessor.id)) {
        throw new EgovError({
          code: 'invalid-data',
          message: `provinces-34.csv code ${row.code}: "${name}" already went into another unit`,
        });
      }
      successorIdByOldId.set(predecessor.id, id);
      return predecessor.id;
    });
    return { id, code: row.code, name: row.name, generation: '34', validFrom: provinces34ValidFrom, history, predecessorIds };
  });

  const units: ProvinceUnit[] = [
    ...old.map((unit): ProvinceUnit => {
      const successorId = successorIdByOldId.get(unit.id);
      if (successorId === undefined) {
        throw new EgovError({
          code: 'invalid-data',
          message: `provinces-63.csv code ${unit.code} (${unit.name}) has no successor in provinces-34.csv`,
        });
      }
      return { ...unit, predecessorIds: [], successorId };
    }),
    ...current,
  ];

  const byId = new Map<string, ProvinceUnit>();
  const byCode = new Map<string, ProvinceUnit[]>();
  const byNameKey = new Map<string, ProvinceUnit[]>();
  const add = (map: Map<string, ProvinceUnit[]>, key: string, unit: ProvinceUnit): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [unit]);
    else if (!list.includes(unit)) list.push(unit);
  };
  // Units are shared by every caller: freeze them so no caller can change another's data.
  for (const unit of units) {
    for (const status of unit.history) Object.freeze(status);
    Object.freeze(unit.history);
    Object.freeze(unit.predecessorIds);
    Object.freeze(unit);
  }
  for (const unit of units) {
    if (byId.has(unit.id)) {
      throw new EgovError({ code: 'invalid-data', message: `Duplicate province unit id "${unit.id}"` });
    }
    byId.set(unit.id, unit);
    add(byCode, unit.code, unit);
    const names = [...unit.history.map((s) => s.name), ...(aliases[unit.name] ?? [])];
    for (const name of names) add(byNameKey, foldProvinceName(name), unit);
  }
  return { units, byId, byCode, byNameKey };
}

/** The registry of the compiled data. */
export const provinceRegistry: ProvinceRegistry = /* @__PURE__ */ createProvinceRegistry(
  provinces63Rows,
  provinces34Rows,
);

/** Versions in `candidates` valid on `iso`. */
export function validOn(candidates: readonly ProvinceUnit[] | undefined, iso: string): ProvinceUnit[] {
  return (candidates ?? []).filter((unit) => isWithin(iso, unit.validFrom, unit.validTo));
}
