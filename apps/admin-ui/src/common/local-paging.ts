import type { PaginationProps } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE_SIZE, lastPage, PAGE_SIZE_OPTIONS } from './paging';
import { pageOf } from './responsive-columns';

/**
 * The pager of a list that is already whole on screen (a ranking, a contract's reports, an
 * award's tranches), paged here without leaving a row out: the common sizes and total; no pager
 * for a list that fits the smallest page. For a table, which keeps its own page:
 *
 *   <Table dataSource={rows} pagination={localPagination(t, rows.length)} … />
 */
export function localPagination(t: TFunction, total: number, pageSize = DEFAULT_PAGE_SIZE) {
  return {
    defaultPageSize: pageSize,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZE_OPTIONS,
    hideOnSinglePage: total <= PAGE_SIZE_OPTIONS[0],
    showTotal: (count: number) => t('common.total', { total: count }),
  } satisfies PaginationProps;
}

/**
 * A whole list shown a page at a time (for cards, which keep no page of their own): the rows of
 * the page on screen and its pager. When the list shrinks under the page, its last page.
 */
export function usePagedRows<T>(rows: readonly T[], pageSize = DEFAULT_PAGE_SIZE) {
  const { t } = useTranslation();
  const [state, setState] = useState({ current: 1, pageSize });
  const current = Math.min(state.current, lastPage(rows.length, state.pageSize));
  const pagination = {
    ...localPagination(t, rows.length, pageSize),
    current,
    pageSize: state.pageSize,
    total: rows.length,
    onChange: (page: number, size: number) =>
      setState({ current: size === state.pageSize ? page : 1, pageSize: size }),
  } satisfies PaginationProps;
  return { rows: pageOf(rows, current, state.pageSize), pagination };
}
