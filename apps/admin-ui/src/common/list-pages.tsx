import { Pagination, type PaginationProps } from 'antd';

/** The pages under a list that is not a table (cards), once it has rows. */
export function ListPages({
  pagination,
  testId,
}: {
  pagination: PaginationProps & { total: number };
  testId?: string;
}) {
  if (pagination.total === 0) return null;
  return <Pagination align="end" data-testid={testId} {...pagination} />;
}
