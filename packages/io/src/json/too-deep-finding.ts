import type { Finding } from '@egov/core';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import type { DepthExcess } from './scan-json-depth';

/**
 * Private: the `io/too-deep` error of a JSON or YAML document nested deeper than the limit.
 *
 * @param excess - Where the limit was first passed.
 * @param maxDepth - The limit.
 * @param file - File name, if any.
 * @returns The finding.
 * @example
 * ```ts
 * tooDeepFinding({ offset: 64, line: 1 }, 64, 'a.json').message.en; // "Nesting deeper than 64 levels (line 1) …"
 * ```
 */
export function tooDeepFinding(excess: DepthExcess, maxDepth: number, file: string | undefined): Finding {
  return ioFinding({
    ruleId: ioRules.tooDeep,
    severity: 'error',
    vi: `Lồng nhau sâu hơn ${maxDepth} cấp (dòng ${excess.line}); tệp không được đọc. Một tài liệu kế hoạch hay lộ trình chỉ cần vài cấp: hãy kiểm tra các dấu [ và { thừa`,
    en: `Nesting deeper than ${maxDepth} levels (line ${excess.line}); the file was not read. A plan or roadmap needs only a few levels: look for stray [ and { brackets`,
    location: locationOf(file, undefined, excess.line),
    data: { maxDepth, line: excess.line, offset: excess.offset },
  });
}
