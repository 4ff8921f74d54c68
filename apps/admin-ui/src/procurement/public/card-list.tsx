import { Col, Empty, Grid, type PaginationProps, Row, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ErrorResult } from '../../common/error-result';
import { ListPages } from '../../common/list-pages';

interface Props<T> {
  /** The page's query: its state and, once answered, the page. */
  query: {
    isPending: boolean;
    isError: boolean;
    isSuccess: boolean;
    error: unknown;
    data?: { items: T[] };
  };
  pagination: PaginationProps & { total: number };
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  empty: string;
  testId: string;
  pagesTestId: string;
  /** Two cards a row on a wide screen (default), or one. */
  columns?: 1 | 2;
}

/**
 * A page of cards from a paged API: one column on a phone, the pager made simple there (nothing
 * wider than the screen), an empty state, the error of a failed load.
 */
export function CardList<T>(props: Props<T>) {
  const { query, pagination } = props;
  const phone = !Grid.useBreakpoint().md;
  const items = query.data?.items ?? [];
  return (
    <>
      {query.isError && <ErrorResult error={query.error} />}
      {query.isPending && <Spin size="large" className="page-spin" />}
      {query.isSuccess && items.length === 0 && <Empty description={props.empty} />}
      <Row gutter={[16, 16]} data-testid={props.testId}>
        {items.map((item) => (
          <Col key={props.keyOf(item)} xs={24} lg={props.columns === 1 ? 24 : 12}>
            {props.render(item)}
          </Col>
        ))}
      </Row>
      <ListPages
        pagination={phone ? { ...pagination, simple: true, showSizeChanger: false } : pagination}
        testId={props.pagesTestId}
      />
    </>
  );
}
