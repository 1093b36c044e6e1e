import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { err, ok, unwrap } from '../result/result';
import { createFinding } from '../findings/create-finding';
import { EgovError } from './egov-error';

describe('EgovError', () => {
  it('carries code and cause', () => {
    const cause = new Error('low level');
    const error = new EgovError({ code: 'invalid-input', message: 'bad', cause });
    expect(error.code).toBe('invalid-input');
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('EgovError');
    expect(error).toBeInstanceOf(Error);
  });
  it('is recognised across realms without instanceof', () => {
    const foreign: unknown = runInNewContext(
      `const e = new Error('x'); e[Symbol.for('egov.error')] = true; e.code = 'x'; e`,
    );
    expect(foreign instanceof EgovError).toBe(false);
    expect(EgovError.isInstance(foreign)).toBe(true);
    expect(EgovError.isInstance(new Error('x'))).toBe(false);
    expect(EgovError.isInstance(null)).toBe(false);
    expect(EgovError.isInstance('egov.error')).toBe(false);
  });
});

describe('Result', () => {
  it('unwraps a success and throws an explained EgovError for a finding', () => {
    expect(unwrap(ok(3))).toBe(3);
    const finding = createFinding({
      ruleId: 'core/number-ambiguous',
      severity: 'error',
      message: { vi: 'Số không rõ', en: 'Ambiguous number' },
    });
    expect(() => unwrap(err(finding))).toThrow(/Ambiguous number \(Số không rõ\)/);
    try {
      unwrap(err(finding));
    } catch (error) {
      expect(EgovError.isInstance(error) && error.code).toBe('core/number-ambiguous');
    }
  });
});
