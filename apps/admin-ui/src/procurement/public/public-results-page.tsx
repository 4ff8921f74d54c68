import { useTranslation } from 'react-i18next';
import { usePaging } from '../../common/use-paging';
import { CardList } from './card-list';
import { usePublicResults } from './public-queries';
import { usePublicRegions } from '../use-region-options';
import { PublicShell } from './public-shell';
import type { PurchaseResultView } from './public-types';
import { ResultCard } from './result-card';

/**
 * The published results (成交结果公告, R25), for anyone, no login: each project's bids ranked on
 * the announced criteria, the award, and the objection window in Beijing time. A page at a time.
 */
export function PublicResultsPage() {
  const { t } = useTranslation();
  const paging = usePaging({ pageSize: 10 });
  const results = usePublicResults(paging.query);
  const regions = usePublicRegions();
  return (
    <PublicShell
      title={t('procurement.public.results.title')}
      intro={t('procurement.public.results.intro')}
    >
      <CardList<PurchaseResultView>
        query={results}
        pagination={paging.pagination(results.data)}
        keyOf={(result) => result.projectId}
        render={(result) => <ResultCard result={result} regionName={regions.nameOf} />}
        empty={t('procurement.public.results.none')}
        testId="public-results"
        pagesTestId="result-pages"
      />
    </PublicShell>
  );
}
