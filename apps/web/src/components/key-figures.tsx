import { whenYear } from '@egov/roadmap';
import type { FolderAnalysis } from '../domain/analyse-folder';
import { useLanguage } from '../i18n/messages';

/**
 * The key figures of a document set: province, decision, period, number of entries, services at level 3
 * or higher at the end of the period, and the budget's grand total in đồng and in words.
 *
 * @param props - The folder's analysis.
 * @returns A definition list (figures the set does not have are left out).
 * @example
 * ```tsx
 * <KeyFigures analysis={analyseFolder(files)} />
 * ```
 */
export function KeyFigures({ analysis }: { readonly analysis: FolderAnalysis }) {
  const { t } = useLanguage();
  const roadmap = analysis.roadmaps[0]?.roadmap;
  const projection = analysis.roadmaps[0]?.projection;
  const lastYear = projection?.years.at(-1);
  const budgetTotal = analysis.budgets[0]?.totals.at(-1);
  return (
    <dl className="figures">
      {roadmap?.province === undefined ? null : (
        <div className="figure">
          <dt>{t('province')}</dt>
          <dd>{roadmap.province}</dd>
        </div>
      )}
      {roadmap?.decision.number === undefined ? null : (
        <div className="figure">
          <dt>{t('decision')}</dt>
          <dd>{roadmap.decision.number}</dd>
        </div>
      )}
      {roadmap === undefined ? null : (
        <div className="figure">
          <dt>{t('period')}</dt>
          <dd>
            {whenYear(roadmap.period.start)}–{whenYear(roadmap.period.end)}
          </dd>
        </div>
      )}
      {roadmap === undefined ? null : (
        <div className="figure">
          <dt>{t('entries')}</dt>
          <dd>{roadmap.entries.length}</dd>
        </div>
      )}
      {projection === undefined || lastYear === undefined ? null : (
        <div className="figure">
          <dt>
            {t('level')} ≥ 3 ({lastYear})
          </dt>
          <dd>{projection.atLeastLevelThree.at(-1)}</dd>
        </div>
      )}
      {budgetTotal === undefined ? null : (
        <div className="figure wide">
          <dt>{t('grandTotal')}</dt>
          <dd>
            {budgetTotal.full}
            <small lang="vi">{budgetTotal.words}</small>
          </dd>
        </div>
      )}
    </dl>
  );
}
