import { Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePaging } from '../../common/use-paging';
import { CardList } from './card-list';
import { PublicContractCard } from './public-contract-card';
import { usePublicRegions } from '../use-region-options';
import { useContractYears, useSearchedContracts } from './public-searches';
import { PublicShell } from './public-shell';
import type { PublicContractView } from './public-types';
import { ExportButton } from '../../common/export-button';

/**
 * The published purchase contracts (合同公示, Order 102 art. 23), for anyone, no login: parties,
 * amount, term, indicators, instalments and evaluation results (R25), by fiscal year (only years
 * with contracts offered), a page of cards at a time; a search finds contracts by title, item,
 * undertaker or region among all of them.
 */
export function PublicContractsPage() {
  const { t } = useTranslation();
  const [fiscalYear, setFiscalYear] = useState<number | undefined>(undefined);
  const [search, setSearch] = useState('');
  const paging = usePaging({ pageSize: 10, scope: `${fiscalYear}|${search}` });
  const regions = usePublicRegions();
  const years = useContractYears();
  const contracts = useSearchedContracts(fiscalYear, paging.query, search, regions.nameOf);
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
          loading={!years}
          options={years ?? []}
        />
        <Input.Search
          id="public-contracts-search"
          allowClear
          className="catalogue-filter-category"
          aria-label={t('procurement.public.search')}
          placeholder={t('procurement.public.search')}
          onSearch={(typed) => setSearch(typed.trim())}
        />
        <ExportButton
          path="/api/v1/public/procurement/contracts/export.xlsx"
          filters={{ fiscalYear }}
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
