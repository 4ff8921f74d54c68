import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePaging } from '../../common/use-paging';
import { yearOptions } from '../../finance/funds/years';
import { CardList } from './card-list';
import { PublicContractCard } from './public-contract-card';
import { usePublicContracts } from './public-queries';
import { usePublicRegions } from '../use-region-options';
import { PublicShell } from './public-shell';
import type { PublicContractView } from './public-types';

/**
 * The published purchase contracts (合同公示, Order 102 art. 23), for anyone, no login: parties,
 * amount, term, indicators, instalments and evaluation results (R25), by fiscal year, a page of
 * cards at a time.
 */
export function PublicContractsPage() {
  const { t } = useTranslation();
  const [fiscalYear, setFiscalYear] = useState<number | undefined>(undefined);
  const paging = usePaging({ pageSize: 10, scope: fiscalYear });
  const contracts = usePublicContracts(fiscalYear, paging.query);
  const regions = usePublicRegions();
  return (
    <PublicShell
      title={t('procurement.public.contracts.title')}
      intro={t('procurement.public.contracts.intro')}
    >
      <div className="catalogue-filters">
        <Select<number>
          id="public-contracts-year"
          allowClear
          className="catalogue-filter-year"
          aria-label={t('finance.funds.fiscalYear')}
          placeholder={t('procurement.catalogue.allYears')}
          value={fiscalYear}
          onChange={setFiscalYear}
          options={yearOptions(t)}
        />
      </div>
      <CardList<PublicContractView>
        query={contracts}
        pagination={paging.pagination(contracts.data)}
        keyOf={(contract) => contract.id}
        render={(contract) => (
          <PublicContractCard contract={contract} regionName={regions.nameOf} />
        )}
        empty={t('procurement.public.contracts.none')}
        testId="public-contracts"
        pagesTestId="contract-pages"
        columns={1}
      />
    </PublicShell>
  );
}
