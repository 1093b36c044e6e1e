import { keySimilarity } from '@egov/core';
import type { Roadmap } from '../model/roadmap-schema';
import { serviceKey } from './service-key';
import { keyProfile, similarityUpperBound, type KeyProfile } from './similarity-bound';
import { tokensAlign } from './tokens-align';

/** How a name was matched to a service. */
export type MatchMethod = 'code' | 'name' | 'near';

/** A service of a roadmap: the names and codes under which it appears. */
export interface ServiceIdentity {
  /** Index of the service in {@link ServiceIndex.services}. */
  readonly id: number;
  /** The first name it was listed under. */
  readonly name: string;
  readonly code?: string;
  /** Its {@link serviceKey}. */
  readonly key: string;
}

/** The service a name was resolved to, how, and how sure (1 for code and exact name matches). */
export interface ServiceMatch {
  readonly service: ServiceIdentity;
  readonly method: MatchMethod;
  readonly score: number;
  /** The name as it was written where it was matched. */
  readonly name: string;
}

/** Options of {@link buildServiceIndex}. */
export interface ServiceIndexOptions {
  /**
   * Smallest name similarity (see `nameSimilarity` in `@egov/core`) at which two differently written names
   * are taken as the same service. Default 0.9: a one-letter typo in a four-word name scores about 0.93;
   * two different procedures that share most words ("… đầu tư nước ngoài …" / "… đầu tư trong nước …")
   * score lower.
   */
  readonly nearMatchThreshold?: number;
}

/** Services of a roadmap, with a resolver for more names (steps, budget lines). */
export interface ServiceIndex {
  readonly services: readonly ServiceIdentity[];
  /** Match of each baseline service, by index. */
  readonly baseline: readonly ServiceMatch[];
  /** Match of each entry, by index. */
  readonly entries: readonly ServiceMatch[];
  /** Resolves a name (and optional code) to a known service, or `undefined` when none is close enough. */
  readonly resolve: (name: string, code?: string) => ServiceMatch | undefined;
  /**
   * The most similar known service to a name, however low the similarity (for messages such as "did you
   * mean …?"); `undefined` only when the roadmap has no services. Scans every service: use it for names
   * that did not resolve, not in a loop over all names.
   */
  readonly closest: (name: string) => { readonly service: ServiceIdentity; readonly score: number } | undefined;
}

/** How many of a name's rarest tokens are used to find near-match candidates. */
const blockingTokens = 3;
/** The most candidates compared per name, to keep resolution near-linear on huge roadmaps. */
const maxCandidates = 64;

/**
 * Identifies the services of a roadmap: baseline services and entries that name the same service are
 * grouped, by procedure code first, then by {@link serviceKey}, then by near match (typos, word order,
 * tone placement) at or above the threshold, provided the names differ only by typos and by words on one
 * side (see {@link tokensAlign}): "… đầu tư nước ngoài …" and "… đầu tư trong nước …" stay apart. Near-match candidates come from a token index (a name's
 * rarest tokens), so the cost stays near-linear in the number of entries.
 *
 * @param roadmap - A parsed roadmap.
 * @param options - Near-match threshold.
 * @returns The services and the match of every baseline service and entry.
 * @example
 * ```ts
 * const index = buildServiceIndex(roadmap);
 * index.resolve('Gấp phép và khai thác nguồn nước')?.method; // "near" when the roadmap lists "Cấp phép và khai thác nguồn nước"
 * ```
 */
export function buildServiceIndex(roadmap: Roadmap, options: ServiceIndexOptions = {}): ServiceIndex {
  const threshold = options.nearMatchThreshold ?? 0.9;
  const services: ServiceIdentity[] = [];
  const byCode = new Map<string, ServiceIdentity>();
  const byKey = new Map<string, ServiceIdentity>();
  const byToken = new Map<string, ServiceIdentity[]>();
  const tokenFrequency = new Map<string, number>();
  const profiles = new Map<ServiceIdentity, KeyProfile>();
  /**
   * Keys linked by near match while the index was built. Later look-ups of the same name return the same
   * service: candidate lists grow as services are added, and the capped scan could otherwise miss a
   * match it found before (and report the name of a listed entry as unknown).
   */
  const nearByKey = new Map<string, { service: ServiceIdentity; score: number }>();

  const names = [...(roadmap.baseline?.services ?? []), ...roadmap.entries].map((item) => serviceKey(item.service));
  for (const key of names) {
    for (const token of new Set(key.split(' '))) tokenFrequency.set(token, (tokenFrequency.get(token) ?? 0) + 1);
  }

  const rarestTokens = (key: string): string[] =>
    [...new Set(key.split(' '))]
      .sort((a, b) => (tokenFrequency.get(a) ?? 0) - (tokenFrequency.get(b) ?? 0) || a.localeCompare(b))
      .slice(0, blockingTokens);

  const nearest = (key: string): { service: ServiceIdentity; score: number } | undefined => {
    const seen = new Set<ServiceIdentity>();
    const profile = keyProfile(key);
    let best: { service: ServiceIdentity; score: number } | undefined;
    for (const token of rarestTokens(key)) {
      for (const candidate of byToken.get(token) ?? []) {
        if (seen.size >= maxCandidates) break;
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        // A sound bound skips most candidates without computing an edit distance (the slack keeps
        // rounding on the safe side).
        const candidateProfile = profiles.get(candidate);
        if (candidateProfile !== undefined && similarityUpperBound(profile, candidateProfile) < threshold - 1e-9) continue;
        const score = keySimilarity(key, candidate.key, { minScore: threshold });
        if (score < threshold || (best !== undefined && score <= best.score)) continue;
        if (tokensAlign(key, candidate.key)) best = { service: candidate, score };
      }
    }
    return best;
  };

  const resolve = (name: string, code?: string): ServiceMatch | undefined => {
    if (code !== undefined) {
      const service = byCode.get(code);
      if (service !== undefined) return { service, method: 'code', score: 1, name };
    }
    const key = serviceKey(name);
    const exact = byKey.get(key);
    if (exact !== undefined) return { service: exact, method: 'name', score: 1, name };
    const near = nearByKey.get(key) ?? nearest(key);
    return near === undefined ? undefined : { service: near.service, method: 'near', score: near.score, name };
  };

  const add = (name: string, code: string | undefined): ServiceMatch => {
    const found = resolve(name, code);
    if (found !== undefined) {
      if (found.method === 'near' && !nearByKey.has(serviceKey(name))) nearByKey.set(serviceKey(name), { service: found.service, score: found.score });
      if (code !== undefined && !byCode.has(code)) byCode.set(code, found.service);
      return found;
    }
    const key = serviceKey(name);
    const service: ServiceIdentity = { id: services.length, name, key, ...(code === undefined ? {} : { code }) };
    services.push(service);
    profiles.set(service, keyProfile(key));
    byKey.set(key, service);
    if (code !== undefined) byCode.set(code, service);
    for (const token of new Set(key.split(' '))) {
      const list = byToken.get(token);
      if (list === undefined) byToken.set(token, [service]);
      else list.push(service);
    }
    return { service, method: code === undefined ? 'name' : 'code', score: 1, name };
  };

  const closest = (name: string): { service: ServiceIdentity; score: number } | undefined => {
    const key = serviceKey(name);
    let best: { service: ServiceIdentity; score: number } | undefined;
    for (const service of services) {
      const score = keySimilarity(key, service.key);
      if (best === undefined || score > best.score) best = { service, score };
    }
    return best;
  };

  const baseline = (roadmap.baseline?.services ?? []).map((item) => add(item.service, item.code));
  const entries = roadmap.entries.map((entry) => add(entry.service, entry.code));
  return { services, baseline, entries, resolve, closest };
}
