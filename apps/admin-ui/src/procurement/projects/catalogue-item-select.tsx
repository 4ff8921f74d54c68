import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useMoreOptionsPopup } from '../../common/more-rows';
import { LARGEST_PAGE } from '../../common/paging';
import type { CatalogueItemView } from '../types';

/** The catalogue items of a fiscal year, every region's (R24), as one largest page. */
export function useCatalogueOfYear(fiscalYear?: number) {
  return useQuery({
    queryKey: ['procurement', 'catalogue', 'of-year', fiscalYear],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/procurement/catalogue', {
          params: { query: { fiscalYear, ...LARGEST_PAGE } },
        }),
      ),
    enabled: fiscalYear !== undefined,
  });
}

/**
 * Picks the catalogue item a project buys (R24, Order 102 art. 14: only catalogue items), among
 * the year's items of every region, searched by name, its region and a stable item marked; the
 * select says when the year's catalogue holds more items than the page it offers.
 */
export function CatalogueItemSelect(
  props: Omit<SelectProps<string>, 'options'> & {
    fiscalYear?: number;
    regionName: (code: string) => string;
    onItem?: (item: CatalogueItemView | undefined) => void;
  },
) {
  const { fiscalYear, regionName, onItem, onChange, ...rest } = props;
  const { t } = useTranslation();
  const catalogue = useCatalogueOfYear(fiscalYear);
  const popupRender = useMoreOptionsPopup(catalogue.data);
  const items = catalogue.data?.items ?? [];
  return (
    <Select<string>
      {...rest}
      showSearch={{ optionFilterProp: 'label' }}
      loading={catalogue.isFetching}
      popupRender={popupRender}
      placeholder={t('procurement.projects.pickItem')}
      notFoundContent={t('procurement.projects.noItems')}
      options={items.map((item) => ({
        value: item.id,
        label: `${item.name}（${regionName(item.regionCode)}${
          item.stable ? ` · ${t('procurement.fields.stable')}` : ''
        }）`,
      }))}
      onChange={(id, option) => {
        onChange?.(id, option);
        onItem?.(items.find((item) => item.id === id));
      }}
    />
  );
}
