import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { LARGEST_PAGE } from '../../common/paging';
import { useMoreOptionsPopup } from '../../common/more-rows';

/**
 * The published catalogue's first-level categories (R24), offered as an entry's service categories: taken
 * from the catalogue's largest page (the select says when the catalogue holds more items than
 * that page); any other may be typed, and the API refuses one the catalogue does not have.
 */
export function useFirstLevelCategories() {
  const list = useQuery({
    queryKey: ['procurement', 'catalogue', 'first-levels', LARGEST_PAGE],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/procurement/catalogue', { params: { query: LARGEST_PAGE } })),
  });
  const popupRender = useMoreOptionsPopup(list.data);
  const names = [...new Set((list.data?.items ?? []).map((item) => item.categories[0]))];
  return {
    options: names
      .sort((a, b) => a.localeCompare(b, 'zh-CN'))
      .map((name) => ({ value: name, label: name })),
    loading: list.isLoading,
    popupRender,
  };
}
