import { Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePaging } from '../../common/use-paging';
import { yearOptions } from '../../finance/funds/years';
import type { regionOptions } from '../regions';
import { usePublicRegions } from '../use-region-options';
import { AnnouncementCard } from './announcement-card';
import { CardList } from './card-list';
import { useAnnouncementYears, useSearchedAnnouncements } from './public-searches';
import { PublicShell } from './public-shell';
import type { AnnouncementFilter, PurchaseProjectView } from './public-types';
import { ExportButton } from '../../common/export-button';

/**
 * The filters of the announcements: a fiscal year (of `years` when given: those with data, `null`
 * while they are counted), a region, and a search when `onSearch` is given; each change asks for
 * the first page.
 */
export function AnnouncementFilters(props: {
  filter: AnnouncementFilter;
  onChange: (filter: AnnouncementFilter) => void;
  regions: ReturnType<typeof regionOptions>;
  idPrefix: string;
  years?: { value: number; label: string }[] | null;
  onSearch?: (search: string) => void;
}) {
  const { t } = useTranslation();
  const { filter, onChange } = props;
  return (
    <div className="catalogue-filters" data-testid={`${props.idPrefix}-filters`}>
      <Select<number>
        id={`${props.idPrefix}-year`}
        allowClear
        className="catalogue-filter-year"
        aria-label={t('finance.funds.fiscalYear')}
        placeholder={t('procurement.catalogue.allYears')}
        value={filter.fiscalYear}
        onChange={(fiscalYear) => onChange({ ...filter, fiscalYear })}
        loading={props.years === null}
        options={props.years === undefined ? yearOptions(t) : (props.years ?? [])}
      />
      <Select<string>
        id={`${props.idPrefix}-region`}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        className="catalogue-filter-region"
        aria-label={t('procurement.fields.region')}
        placeholder={t('procurement.region.all')}
        value={filter.regionCode}
        onChange={(regionCode) => onChange({ ...filter, regionCode })}
        options={props.regions}
      />
      {props.onSearch && (
        <Input.Search
          id={`${props.idPrefix}-search`}
          allowClear
          className="catalogue-filter-category"
          aria-label={t('procurement.public.search')}
          placeholder={t('procurement.public.search')}
          onSearch={(typed) => props.onSearch!(typed.trim())}
        />
      )}
    </div>
  );
}

/**
 * The purchase announcements (采购公告, R25), for anyone, no login, newest first: what is bought,
 * the budget, the deadline in Beijing time, the criteria with their weights and any reservation
 * for community social organizations (R12), as announced before bidding. A page of cards at a time;
 * a search finds announcements by title, item or region among all of them. The year selector
 * offers only years with announcements.
 */
export function PublicAnnouncementsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AnnouncementFilter>({});
  const [search, setSearch] = useState('');
  const paging = usePaging({ pageSize: 10, scope: `${JSON.stringify(filter)}|${search}` });
  const regions = usePublicRegions();
  const years = useAnnouncementYears();
  const announcements = useSearchedAnnouncements(filter, paging.query, search, regions.nameOf);
  return (
    <PublicShell
      title={t('procurement.public.announcements.title')}
      intro={t('procurement.public.announcements.intro')}
    >
      <AnnouncementFilters
        filter={filter}
        onChange={setFilter}
        regions={regions.options}
        idPrefix="public-announcements"
        years={years ?? null}
        onSearch={setSearch}
      />
      <ExportButton path="/api/v1/public/procurement/announcements/export.xlsx" filters={filter} />
      <CardList<PurchaseProjectView>
        query={announcements}
        pagination={paging.pagination(announcements.data)}
        keyOf={(project) => project.id}
        render={(project) => <AnnouncementCard project={project} regionName={regions.nameOf} />}
        empty={t('procurement.public.announcements.none')}
        testId="public-announcements"
        pagesTestId="announcement-pages"
      />
    </PublicShell>
  );
}
