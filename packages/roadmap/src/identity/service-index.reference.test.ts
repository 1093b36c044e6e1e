import { keySimilarity } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRoadmap } from '../../bench/synthetic';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import type { Entry, Roadmap } from '../model/roadmap-schema';
import { safeParseRoadmap } from '../model/parse-roadmap';
import { buildServiceIndex, type MatchMethod } from './service-index';
import { serviceKey } from './service-key';
import { tokensAlign } from './tokens-align';

interface ReferenceService {
  readonly id: number;
  readonly name: string;
  readonly key: string;
  readonly code?: string;
}

interface ReferenceMatch {
  readonly id: number;
  readonly method: MatchMethod;
  readonly score: number;
  readonly name: string;
}

/**
 * Service identity as documented, written plainly: no bounds, no candidate groups, no flat arrays. Every
 * candidate (the first 64 services listed under the name's three rarest tokens) is scored with
 * `keySimilarity`. `buildServiceIndex` must decide exactly the same: its bounds may only skip candidates
 * that cannot reach the threshold.
 */
function referenceIndex(roadmap: Roadmap, threshold: number) {
  const tokenIds = new Map<string, number>();
  const texts: string[] = [];
  const tokensOf = (key: string): number[] =>
    key.split(' ').map((token) => {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = texts.length;
        tokenIds.set(token, id);
        texts.push(token);
      }
      return id;
    });
  const items = [...(roadmap.baseline?.services ?? []), ...roadmap.entries];
  const frequency = new Map<number, number>();
  for (const item of items) for (const id of new Set(tokensOf(serviceKey(item.service)))) frequency.set(id, (frequency.get(id) ?? 0) + 1);
  const rarer = (a: number, b: number): number => {
    const [fa, fb] = [frequency.get(a) ?? 0, frequency.get(b) ?? 0];
    const [ta, tb] = [texts[a] ?? '', texts[b] ?? ''];
    return fa - fb || ta.localeCompare(tb);
  };

  const services: ReferenceService[] = [];
  const byCode = new Map<string, ReferenceService>();
  const byKey = new Map<string, ReferenceService>();
  const postings = new Map<number, number[]>();
  const nearDuringBuild = new Map<string, { id: number; score: number }>();
  const nearest = (key: string): { id: number; score: number } | undefined => {
    const rarest = [...new Set(tokensOf(key))].sort(rarer).slice(0, 3);
    const candidates: number[] = [];
    for (const token of rarest) {
      for (const id of postings.get(token) ?? []) if (candidates.length < 64 && !candidates.includes(id)) candidates.push(id);
    }
    let best: { id: number; score: number } | undefined;
    for (const id of candidates) {
      const candidate = services[id];
      if (candidate === undefined) continue;
      const score = keySimilarity(key, candidate.key, { minScore: threshold });
      if (score >= threshold && (best === undefined || score > best.score) && tokensAlign(key, candidate.key)) best = { id, score };
    }
    return best;
  };
  const resolve = (name: string, code: string | undefined, built: boolean): ReferenceMatch | undefined => {
    const key = serviceKey(name);
    const coded = code === undefined ? undefined : byCode.get(code);
    if (coded !== undefined) return { id: coded.id, method: 'code', score: 1, name };
    const exact = byKey.get(key);
    if (exact !== undefined) return { id: exact.id, method: 'name', score: 1, name };
    const near = nearDuringBuild.get(key) ?? nearest(key);
    if (near !== undefined && !built) nearDuringBuild.set(key, near);
    return near === undefined ? undefined : { id: near.id, method: 'near', score: near.score, name };
  };
  const matches = items.map((item): ReferenceMatch => {
    const found = resolve(item.service, item.code, false);
    if (found !== undefined) {
      const service = services[found.id];
      if (item.code !== undefined && !byCode.has(item.code) && service !== undefined) byCode.set(item.code, service);
      return found;
    }
    const key = serviceKey(item.service);
    const service: ReferenceService = { id: services.length, name: item.service, key, ...(item.code === undefined ? {} : { code: item.code }) };
    services.push(service);
    byKey.set(key, service);
    if (item.code !== undefined) byCode.set(item.code, service);
    for (const token of new Set(tokensOf(key))) postings.set(token, [...(postings.get(token) ?? []), service.id]);
    return { id: service.id, method: item.code === undefined ? 'name' : 'code', score: 1, name: item.service };
  });
  return { services, matches, resolve: (name: string) => resolve(name, undefined, true) };
}

const simplified = (match: { service: { id: number }; method: MatchMethod; score: number; name: string } | undefined) =>
  match === undefined ? undefined : { id: match.service.id, method: match.method, score: match.score, name: match.name };

function expectSameAsReference(roadmap: Roadmap, threshold: number, laterNames: readonly string[]): void {
  const index = buildServiceIndex(roadmap, { nearMatchThreshold: threshold });
  const reference = referenceIndex(roadmap, threshold);
  expect(index.services).toEqual(reference.services);
  expect([...index.baseline, ...index.entries].map(simplified)).toEqual(reference.matches);
  for (const name of laterNames) expect(simplified(index.resolve(name))).toEqual(reference.resolve(name));
}

/** Names built from few words, so that lists fill (candidate groups) and typos make near matches. */
const word = fc.constantFrom('cấp', 'giấy', 'phép', 'đăng', 'ký', 'kinh', 'doanh', 'xây', 'dựng', 'nước', 'đầu', 'tư');
const name = fc.array(word, { minLength: 2, maxLength: 7 }).map((words) => words.join(' '));
const typo = (text: string, at: number, kind: number): string => {
  const place = at % Math.max(1, text.length);
  if (kind === 0) return text.slice(0, place) + text.slice(place + 1);
  if (kind === 1) return `${text.slice(0, place)}a${text.slice(place + 1)}`;
  return text.toUpperCase();
};
const entries = fc
  .tuple(fc.array(name, { minLength: 1, maxLength: 300 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 2 })), { maxLength: 120 }))
  .map(([names, typos]): Entry[] => [
    ...names.map((service) => ({ service, target_level: 3, due: 2015 })),
    ...typos.map(([which, at, kind]) => ({ service: typo(names[which % names.length] ?? '', at, kind), target_level: 4, due: 2016 })),
  ]);

describe('buildServiceIndex decides as the plain reference does', () => {
  it('on random roadmaps of near-duplicate names (thresholds 0.8 to 0.95)', () => {
    fc.assert(
      fc.property(entries, fc.constantFrom(0.8, 0.85, 0.9, 0.95), fc.array(name, { maxLength: 5 }), (list, threshold, later) => {
        expectSameAsReference(minimalRoadmap(list), threshold, later);
      }),
      { numRuns: 60 },
    );
  });

  it('on generated roadmaps large enough for full candidate groups', { timeout: 60_000 }, () => {
    // 20 000 entries: many names take their candidates from a full group of 64.
    const parsed = safeParseRoadmap(syntheticRoadmap(20_000, 3));
    if (!parsed.ok) throw new Error('the generated roadmap does not parse');
    const roadmap = parsed.value;
    const stepNames = (roadmap.steps ?? []).flatMap((step) => step.services ?? []).slice(0, 200);
    expectSameAsReference(roadmap, 0.9, [...stepNames, 'Cấp giấy phép xây dựng', 'Gấp giấy phép']);
  });
});
