import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePaging } from '../../common/use-paging';
import { CardList } from './card-list';
import { usePublicRegions } from '../use-region-options';
import { useSearchedResults } from './public-searches';
import { PublicShell } from './public-shell';
import type { PurchaseResultView } from './public-types';
import { ResultCard } from './result-card';
import { ExportButton } from '../../common/export-button';

/**
 * The published results (成交结果公告, R25), for anyone, no login: each project's bids ranked on
 * the announced criteria, the award, and the objection window in Beijing time. A page at a time;
 * a search finds results by title, region or bidder among all of them.
 */
export function PublicResultsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const paging = usePaging({ pageSize: 10, scope: search });
  const regions = usePublicRegions();
  const results = useSearchedResults(paging.query, search, regions.nameOf);
  return (
    <PublicShell
      title={t('procurement.public.results.title')}
      intro={t('procurement.public.results.intro')}
    >
      <div className="catalogue-filters">
        <Input.Search
          id="public-results-search"
          allowClear
          className="catalogue-filter-category"
          aria-label={t('procurement.public.search')}
          placeholder={t('procurement.public.search')}
          onSearch={(typed) => setSearch(typed.trim())}
        />
        <ExportButton path="/api/v1/public/procurement/results/export.xlsx" />
      </div>
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
