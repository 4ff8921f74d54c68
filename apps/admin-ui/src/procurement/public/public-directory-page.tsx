import { Button, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePaging } from '../../common/use-paging';
import { usePublicRegions } from '../use-region-options';
import { CardList } from './card-list';
import { PublicDirectoryEntryCard } from './directory-entry-card';
import { useProcurementLabel } from './labels';
import { useSearchedDirectory } from './public-searches';
import { PublicShell } from './public-shell';
import type {
  PublicDirectoryEntryView,
  PublicDirectoryFilter,
  UndertakerKind,
} from './public-types';
import { ExportButton } from '../../common/export-button';

/** The kinds that may undertake (Order 102 art. 6); a category-1 public institution may not (art. 8). */
export const ELIGIBLE_KINDS: readonly UndertakerKind[] = [
  'SOCIAL_ORGANIZATION',
  'COMPANY',
  'PUBLIC_INSTITUTION_CATEGORY_2',
  'RURAL_COLLECTIVE',
  'GRASSROOTS_SELF_GOVERNING',
  'INDIVIDUAL',
];

/**
 * The published directory of undertakers (承接主体目录, R24), for anyone, no login: listed entries
 * by kind, region served and service category, a page of cards at a time, with each one's
 * performance history (R25); a search finds entries by name or credit code among all of them.
 * Nothing wider than a phone.
 */
export function PublicDirectoryPage() {
  const { t } = useTranslation();
  const label = useProcurementLabel();
  const [filter, setFilter] = useState<PublicDirectoryFilter>({});
  const [search, setSearch] = useState('');
  const paging = usePaging({ pageSize: 10, scope: `${JSON.stringify(filter)}|${search}` });
  const directory = useSearchedDirectory(filter, paging.query, search);
  const regions = usePublicRegions();
  const patch = (change: PublicDirectoryFilter) => setFilter({ ...filter, ...change });
  return (
    <PublicShell
      title={t('procurement.public.directory.title')}
      intro={t('procurement.public.directory.intro')}
    >
      <div className="catalogue-filters" data-testid="public-directory-filters">
        <Select<UndertakerKind>
          id="public-directory-kind"
          allowClear
          className="directory-filter-kind"
          aria-label={t('procurement.public.directory.kind')}
          placeholder={t('procurement.public.directory.allKinds')}
          value={filter.kind}
          onChange={(kind) => patch({ kind })}
          options={ELIGIBLE_KINDS.map((kind) => ({ value: kind, label: label('kind', kind) }))}
        />
        <Select<string>
          id="public-directory-region"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          className="catalogue-filter-region"
          aria-label={t('procurement.public.directory.areas')}
          placeholder={t('procurement.region.all')}
          value={filter.regionCode}
          onChange={(regionCode) => patch({ regionCode })}
          options={regions.options}
        />
        <Input.Search
          id="public-directory-category"
          allowClear
          className="catalogue-filter-category"
          key={filter.category ?? ''}
          defaultValue={filter.category}
          aria-label={t('procurement.public.directory.categories')}
          placeholder={t('procurement.public.directory.categorySearch')}
          onSearch={(category) => patch({ category: category.trim() || undefined })}
        />
        <Input.Search
          id="public-directory-search"
          allowClear
          className="catalogue-filter-category"
          key={`name-${search}`}
          defaultValue={search}
          aria-label={t('procurement.public.directory.nameSearch')}
          placeholder={t('procurement.public.directory.nameSearch')}
          onSearch={(typed) => setSearch(typed.trim())}
        />
        <Button
          onClick={() => {
            setFilter({});
            setSearch('');
          }}
        >
          {t('common.reset')}
        </Button>
        <ExportButton path="/api/v1/public/procurement/directory/export.xlsx" filters={filter} />
      </div>
      <CardList<PublicDirectoryEntryView>
        query={directory}
        pagination={paging.pagination(directory.data)}
        keyOf={(entry) => entry.id}
        render={(entry) => <PublicDirectoryEntryCard entry={entry} regionName={regions.nameOf} />}
        empty={t('procurement.public.directory.none')}
        testId="public-directory"
        pagesTestId="directory-pages"
      />
    </PublicShell>
  );
}
