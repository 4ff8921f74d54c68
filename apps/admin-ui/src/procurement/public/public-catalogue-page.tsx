import { Col, Empty, Grid, Row, Spin } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { ListPages } from '../../common/list-pages';
import { usePaging } from '../../common/use-paging';
import { CatalogueFilters } from '../catalogue-filters';
import { usePublicCatalogue } from '../catalogue-queries';
import type { CatalogueFilter } from '../types';
import { usePublicRegions } from '../use-region-options';
import { CatalogueCard } from './catalogue-card';
import { useCatalogueYears } from './public-searches';
import { PublicShell } from './public-shell';
import { ExportButton } from '../../common/export-button';

/**
 * The published catalogue of services the government purchases (R24), for anyone, no login: this
 * year's items by default, filtered by region, year (only years with items offered) and category,
 * a page of cards at a time (one column on a phone, nothing wider than the screen).
 */
export function PublicCataloguePage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [filter, setFilter] = useState<CatalogueFilter>({ fiscalYear: dayjs().year() });
  const paging = usePaging({ pageSize: 10, scope: filter });
  const catalogue = usePublicCatalogue(filter, paging.query);
  const regions = usePublicRegions();
  const years = useCatalogueYears();
  const list = catalogue.data?.items ?? [];
  const pagination = paging.pagination(catalogue.data);
  return (
    <PublicShell title={t('procurement.public.title')} intro={t('procurement.public.intro')}>
      <CatalogueFilters
        filter={filter}
        onChange={setFilter}
        regions={regions.options}
        idPrefix="public-catalogue"
        years={years ?? null}
      />
      <ExportButton path="/api/v1/public/procurement/catalogue/export.xlsx" filters={filter} />
      {catalogue.isError && <ErrorResult error={catalogue.error} />}
      {catalogue.isPending && <Spin size="large" className="page-spin" />}
      {catalogue.isSuccess && list.length === 0 && (
        <Empty description={t('procurement.public.none')} />
      )}
      <Row gutter={[16, 16]} data-testid="public-catalogue">
        {list.map((item) => (
          <Col key={item.id} xs={24} lg={12}>
            <CatalogueCard item={item} regionName={regions.nameOf} />
          </Col>
        ))}
      </Row>
      <ListPages
        pagination={phone ? { ...pagination, simple: true, showSizeChanger: false } : pagination}
        testId="catalogue-pages"
      />
    </PublicShell>
  );
}
