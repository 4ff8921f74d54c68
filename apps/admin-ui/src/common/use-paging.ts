import { keepPreviousData, type QueryKey } from '@tanstack/react-query';
import type { PaginationProps } from 'antd';
import { type Key, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ColumnSort,
  DEFAULT_PAGE_SIZE,
  lastPage,
  PAGE_SIZE_OPTIONS,
  type Paging,
  sortOrderOf,
  sortValue,
} from './paging';

/**
 * The options of a query for one page of a list: the page is part of the key, and the page on
 * screen stays while the next one loads (no flicker to an empty table).
 */
export function pageQuery<T>(queryKey: QueryKey, queryFn: () => Promise<T>) {
  return { queryKey, queryFn, placeholderData: keepPreviousData };
}

/** The fields of a sort value (`name` of `name | -name`). */
type FieldOf<S extends string> = S extends `-${string}` ? never : S;

interface Options<S extends string> {
  pageSize?: number;
  /** The sort asked for until the user sorts a column (none: the API's own order). */
  sort?: S;
  /** What else the list is filtered by (a year…): when it changes, back to the first page. */
  scope?: unknown;
}

/**
 * A list paged on the server: the page, its size and (for a list that sorts) the sort, kept in
 * the component's state, with the antd pagination and sorter wired to them.
 *
 *   const paging = usePaging();
 *   const cohorts = useCohorts(paging.query);
 *   <Table pagination={paging.pagination(cohorts.data)} … />
 */
export function usePaging<S extends string = never>(options: Options<S> = {}) {
  const { t } = useTranslation();
  const { scope } = options;
  const [state, setState] = useState({
    page: 1,
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: options.sort,
    scope,
  });
  // Another scope (the year changed…): its first page.
  const moved = !Object.is(state.scope, scope);
  const current = moved ? { ...state, page: 1, scope } : state;
  if (moved) setState(current);
  const query: Paging<S> = {
    page: current.page,
    pageSize: current.pageSize,
    ...(current.sort ? { sort: current.sort } : {}),
  };

  /**
   * The antd pagination of a table (or of a list of cards) showing the list's page. Called while
   * rendering: when the page asked for is past the end (its last rows went away), it asks for
   * the last page instead.
   */
  const pagination = (list?: { items: readonly unknown[]; total: number; page?: number }) => {
    const last = list ? lastPage(list.total, query.pageSize) : 1;
    if (list && list.page === query.page && list.items.length === 0 && query.page > last) {
      setState({ ...current, page: last });
    }
    return {
      current: query.page,
      pageSize: query.pageSize,
      total: list?.total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: PAGE_SIZE_OPTIONS,
      showTotal: (total: number) => t('common.total', { total }),
      onChange: (page: number, pageSize: number) =>
        setState({ ...current, page: pageSize === current.pageSize ? page : 1, pageSize }),
    } satisfies PaginationProps;
  };

  /**
   * A table sorted on the server: the columns whose key is one of `fields` sort (and show the
   * sort asked for), and sorting one asks the API for its first page sorted so. The columns keep
   * their own type (a ResponsiveTable's, with their place on a phone's card).
   */
  const sorting = <C extends { key?: Key }>(
    columns: readonly C[],
    fields: readonly FieldOf<S>[],
  ) => ({
    columns: columns.map((column) =>
      fields.some((f) => f === column.key)
        ? { ...column, sorter: true, sortOrder: sortOrderOf(query.sort, String(column.key)) }
        : column,
    ),
    // Any table's onChange (its rows' type does not matter here: only the sort is read).
    onChange: (
      _pagination: unknown,
      _filters: unknown,
      sorter: unknown,
      extra: { action: string },
    ) => {
      if (extra.action !== 'sort') return;
      const sort =
        (sortValue(sorter as ColumnSort | ColumnSort[], fields) as S | undefined) ?? options.sort;
      setState({ ...current, page: 1, sort });
    },
  });

  return { query, pagination, sorting };
}
