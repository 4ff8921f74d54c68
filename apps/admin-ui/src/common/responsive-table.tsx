import { Empty, Grid, type PaginationProps, Spin, Table, type TableProps } from 'antd';
import type { HTMLAttributes, Key, ReactNode } from 'react';
import { ListPages } from './list-pages';
import { usePagedRows } from './local-paging';
import { RowCard } from './row-card';
import { type ResponsiveColumns, tableColumns } from './responsive-columns';
import './responsive.css';

export interface ResponsiveTableProps<T extends object> extends Omit<
  TableProps<T>,
  'columns' | 'pagination' | 'dataSource'
> {
  dataSource?: readonly T[];
  /** Each column's place on a phone's card (`card`), else a field labelled with its title. */
  columns: ResponsiveColumns<T>;
  /**
   * The pager of a list paged on the server (usePaging's `pagination(list)`), `dataSource` being
   * its page; none: `dataSource` is the whole list, paged here (nothing left out).
   */
  pagination?: PaginationProps & { total: number };
  'data-testid'?: string;
  /** Each card's test id (default: the list's, with `-card`). */
  cardTestId?: string;
}

/**
 * A list as an antd Table from `md` up, and below it (a phone) as a page of cards, one a row:
 * the same columns, rows and pager, nothing wider than the screen, the status and the actions
 * of every row on its card. Paged always: on the server, or here when the list is whole.
 *
 *   <ResponsiveTable rowKey="id" data-testid="my-applications" dataSource={list.data?.items}
 *     columns={columns} pagination={paging.pagination(list.data)} />
 */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const { columns, pagination, dataSource = [], cardTestId, ...table } = props;
  const testId = props['data-testid'];
  const phone = !Grid.useBreakpoint().md;
  const local = usePagedRows(dataSource);
  if (!phone) {
    return (
      <Table<T>
        {...table}
        dataSource={[...dataSource]}
        columns={tableColumns(columns)}
        pagination={pagination ?? local.pagination}
      />
    );
  }
  const rows = pagination ? dataSource : local.rows;
  const pager = pagination ?? local.pagination;
  const loading =
    table.loading === true || (typeof table.loading === 'object' && table.loading.spinning);
  const { expandedRowRender, rowExpandable } = table.expandable ?? {};
  const empty = table.locale?.emptyText;
  const keyOf = (row: T, index: number): Key =>
    typeof table.rowKey === 'function'
      ? table.rowKey(row, index)
      : ((row as Record<string, Key>)[table.rowKey ?? 'key'] ?? index);
  return (
    <div className="responsive-cards" data-testid={testId}>
      {loading && rows.length === 0 && <Spin size="large" className="page-spin" />}
      {!loading && rows.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={typeof empty === 'function' ? empty() : empty}
        />
      )}
      {rows.map((row, index) => (
        <RowCard<T>
          key={keyOf(row, index)}
          row={row}
          index={index}
          columns={columns}
          testId={cardTestId ?? (testId && `${testId}-card`)}
          attributes={table.onRow?.(row, index) as HTMLAttributes<HTMLElement> | undefined}
          expanded={
            expandedRowRender && (rowExpandable?.(row) ?? true)
              ? expandedRowRender(row, index, 0, true)
              : undefined
          }
        />
      ))}
      {table.footer && <div className="secondary-text">{table.footer([...rows]) as ReactNode}</div>}
      <ListPages
        pagination={{ ...pager, simple: true, showSizeChanger: false }}
        testId={testId && `${testId}-pages`}
      />
    </div>
  );
}
