import { type QueryKey, useQuery } from '@tanstack/react-query';
import { allPages } from './all-pages';
import type { Paging } from './paging';
import { pageOf } from './responsive-columns';
import { matchesSearch, searchWords } from './search-text';
import { pageQuery } from './use-paging';

type Page<T> = { items: T[]; total: number };

interface Options<T> {
  /** The list and its filters (a year…), without the page. */
  queryKey: QueryKey;
  fetchPage: (paging: Paging) => Promise<Page<T>>;
  paging: Paging;
  /** What the reader typed in the search box. */
  search: string;
  /** The texts of a row a search looks in. */
  textOf: (item: T) => readonly (string | number | null | undefined)[];
}

/**
 * A list paged on the server that a search narrows, for the public pages whose API has no
 * search of its own: without a search, the page asked for; with one, the whole list (every page,
 * once), the rows matching it, a page of them at a time, none left out. The answer has the
 * shape of a page query (`isPending`, `data: { items, total, page }`…) for usePaging and the
 * card lists.
 */
export function useSearchedPages<T>(options: Options<T>) {
  const { queryKey, fetchPage, paging } = options;
  const words = searchWords(options.search);
  const searching = words.length > 0;
  const page = useQuery({
    ...pageQuery([...queryKey, paging], () => fetchPage(paging)),
    enabled: !searching,
  });
  const all = useQuery({
    queryKey: [...queryKey, 'all'],
    queryFn: () => allPages(fetchPage),
    enabled: searching,
  });
  if (!searching) return page;
  const found = all.data?.items.filter((item) => matchesSearch(options.textOf(item), words));
  return {
    isPending: all.isPending,
    isError: all.isError,
    isSuccess: all.isSuccess,
    error: all.error,
    data: found && {
      items: pageOf(found, paging.page, paging.pageSize),
      total: found.length,
      page: paging.page,
    },
  };
}
