import { countFindings, type Finding } from '@egov/core';
import { useLanguage } from '../i18n/messages';

/**
 * Findings counted by severity, as three coloured figures.
 *
 * @param props - The findings.
 * @returns A definition list.
 * @example
 * ```tsx
 * <SeverityCounts findings={findings} />
 * ```
 */
export function SeverityCounts({ findings }: { readonly findings: readonly Finding[] }) {
  const { t } = useLanguage();
  const counts = countFindings(findings);
  return (
    <dl className="severity-counts">
      {(['error', 'warning', 'info'] as const).map((severity) => (
        <div key={severity} className={`figure ${severity}`}>
          <dt>{t(severity)}</dt>
          <dd data-testid={`count-${severity}`}>{counts[severity]}</dd>
        </div>
      ))}
    </dl>
  );
}
