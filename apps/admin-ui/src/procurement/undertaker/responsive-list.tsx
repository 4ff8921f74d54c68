import { Grid, Table, type PaginationProps, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { CardList } from '../public/card-list';

interface Props<T> {
  query: {
    isPending: boolean;
    isError: boolean;
    isSuccess: boolean;
    error: unknown;
    data?: { items: T[] };
  };
  pagination: PaginationProps & { total: number };
  columns: TableColumnsType<T>;
  /** The same row as a card, for a phone. */
  card: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  empty: string;
  testId: string;
}

/**
 * A list paged on the server, as a table on a wide screen and as cards on a phone (one a row,
 * nothing wider than the screen): the undertaker's pages are used on phones too.
 */
export function ResponsiveList<T extends object>(props: Props<T>) {
  const phone = !Grid.useBreakpoint().md;
  if (phone) {
    return (
      <CardList<T>
        query={props.query}
        pagination={props.pagination}
        render={props.card}
        keyOf={props.keyOf}
        empty={props.empty}
        testId={props.testId}
        pagesTestId={`${props.testId}-pages`}
        columns={1}
      />
    );
  }
  return (
    <Table<T>
      rowKey={props.keyOf}
      data-testid={props.testId}
      loading={props.query.isPending}
      dataSource={props.query.data?.items}
      columns={props.columns}
      pagination={props.pagination}
      locale={{ emptyText: props.empty }}
    />
  );
}
