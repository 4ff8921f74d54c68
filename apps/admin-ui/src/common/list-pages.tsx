import { Grid, Pagination, type PaginationProps } from 'antd';

/**
 * The pages under a list that is not a table (cards), once it has rows. On a phone (below `md`)
 * the pager is the simple one (‹ 2 / 9 ›), so that it is never wider than the screen.
 */
export function ListPages({
  pagination,
  testId,
}: {
  pagination: PaginationProps & { total: number };
  testId?: string;
}) {
  const phone = !Grid.useBreakpoint().md;
  if (pagination.total === 0) return null;
  const shown = phone ? { ...pagination, simple: true, showSizeChanger: false } : pagination;
  return <Pagination align="end" data-testid={testId} {...shown} />;
}
