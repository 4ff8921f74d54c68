import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePaging } from '../../common/use-paging';
import { yearOptions } from '../../finance/funds/years';
import type { regionOptions } from '../regions';
import { usePublicRegions } from '../use-region-options';
import { AnnouncementCard } from './announcement-card';
import { CardList } from './card-list';
import { useAnnouncements } from './public-queries';
import { PublicShell } from './public-shell';
import type { AnnouncementFilter, PurchaseProjectView } from './public-types';

/**
 * The filters of the announcements: a fiscal year, a region; each change asks for the first page.
 */
export function AnnouncementFilters(props: {
  filter: AnnouncementFilter;
  onChange: (filter: AnnouncementFilter) => void;
  regions: ReturnType<typeof regionOptions>;
  idPrefix: string;
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
        options={yearOptions(t)}
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
    </div>
  );
}

/**
 * The purchase announcements (采购公告, R25), for anyone, no login, newest first: what is bought,
 * the budget, the deadline in Beijing time, the criteria with their weights and any reservation
 * for community social organizations (R12), as announced before bidding. A page of cards at a time.
 */
export function PublicAnnouncementsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AnnouncementFilter>({});
  const paging = usePaging({ pageSize: 10, scope: filter });
  const announcements = useAnnouncements(filter, paging.query);
  const regions = usePublicRegions();
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
      />
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
