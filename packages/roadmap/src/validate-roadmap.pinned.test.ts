import { describe, expect, it } from 'vitest';
import { syntheticRoadmap } from '../bench/synthetic';
import { validateRoadmap } from './validate-roadmap';

/** FNV-1a (32 bits) of a string's UTF-16 code units: a short fingerprint of a long JSON text. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Everything validation decides, as one text: every finding (rule, severity, message, path, data) in
 * order, the service and match method and score of every entry, and the list of services.
 */
function outcome(size: number, seed: number, nearMatchThreshold: number): { text: string; findings: number; near: number } {
  const result = validateRoadmap(syntheticRoadmap(size, seed), { nearMatchThreshold });
  const entries = result.services?.entries ?? [];
  const text = JSON.stringify({
    findings: result.findings,
    entries: entries.map((match) => [match.service.id, match.method, match.score, match.name]),
    services: result.services?.services,
  });
  return { text, findings: result.findings.length, near: entries.filter((match) => match.method === 'near').length };
}

// Pinned on the version before the speed-up of service identity (candidate groups, flat arrays) and of
// the sorting of findings: the same generated roadmaps must give byte-for-byte the same outcome. The
// numbers were computed with that version; a change here is a change of results, not of speed.
describe('validateRoadmap results are pinned on generated roadmaps', () => {
  it.each([
    { size: 300, seed: 1, threshold: 0.9, findings: 115, near: 10, hash: '0df3c2b0' },
    { size: 3000, seed: 11, threshold: 0.9, findings: 1373, near: 116, hash: '11c5c73e' },
    { size: 3000, seed: 5, threshold: 0.8, findings: 1276, near: 124, hash: '4dfa77b2' },
    // Large enough that many names take their candidates from a full group (2 282 of 13 974 scans).
    { size: 20000, seed: 11, threshold: 0.9, findings: 8638, near: 640, hash: '027aa6e9' },
  ])('$size entries, seed $seed, threshold $threshold', { timeout: 60_000 }, ({ size, seed, threshold, findings, near, hash }) => {
    const result = outcome(size, seed, threshold);
    expect(result.findings).toBe(findings);
    expect(result.near).toBe(near);
    expect(fingerprint(result.text)).toBe(hash);
  });
});
