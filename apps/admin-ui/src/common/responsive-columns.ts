import type { TableColumnType } from 'antd';
import type { ReactNode } from 'react';

/**
 * Where a column goes on the card a row becomes on a phone (below `md`): the card's title, its
 * status line (tags, no label), a field with the column's title as its label (the default), the
 * actions at the foot, or nowhere (`false`: a detail the card does without).
 */
export type CardPlace = 'title' | 'status' | 'field' | 'actions';

/** An antd table column that also says where it goes on a phone's card. */
export type ResponsiveColumn<T> = TableColumnType<T> & { card?: CardPlace | false };
export type ResponsiveColumns<T> = ResponsiveColumn<T>[];

/** The columns as antd's Table takes them (without the card's place). */
export function tableColumns<T>(columns: readonly ResponsiveColumn<T>[]): TableColumnType<T>[] {
  return columns.map(({ card: _card, ...column }) => column);
}

/** The columns that go to one place of a card, in the table's order. */
export function columnsAt<T>(
  columns: readonly ResponsiveColumn<T>[],
  place: CardPlace,
): ResponsiveColumn<T>[] {
  return columns.filter((column) => (column.card ?? 'field') === place);
}

/** The value a column's `dataIndex` names in a row (a key, or a path of keys). */
export function valueAt(row: object, dataIndex: TableColumnType<object>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  let value: unknown = row;
  for (const key of path as readonly (string | number)[]) {
    value = value === null || value === undefined ? undefined : (value as never)[key];
  }
  return value;
}

/** What a column shows for a row: its render, else the value itself (as the table does). */
export function cellOf<T extends object>(
  column: ResponsiveColumn<T>,
  row: T,
  index: number,
): ReactNode {
  const value = valueAt(row, column.dataIndex as TableColumnType<object>['dataIndex']);
  if (!column.render) return value as ReactNode;
  const out = column.render(value, row, index) as ReactNode | { children?: ReactNode };
  // A render may answer `{ children, props }` (a cell with its own props): its content.
  return out !== null && typeof out === 'object' && 'children' in out && !('type' in out)
    ? out.children
    : (out as ReactNode);
}

/** A column's title as a label (a title that is a function of the sort state is called bare). */
export function titleOf<T>(column: ResponsiveColumn<T>): ReactNode {
  const { title } = column;
  return typeof title === 'function' ? title({}) : title;
}

/** The rows of page `current` (1-based) of a whole list. */
export function pageOf<T>(rows: readonly T[], current: number, pageSize: number): T[] {
  return rows.slice((current - 1) * pageSize, current * pageSize);
}
