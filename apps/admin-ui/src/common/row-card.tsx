import { Card, Collapse, Descriptions, Space } from 'antd';
import { Fragment, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cellOf,
  type CardPlace,
  columnsAt,
  type ResponsiveColumn,
  titleOf,
} from './responsive-columns';

const shown = (node: ReactNode) =>
  node !== null && node !== undefined && node !== false && node !== '';

/**
 * A table's row as a card, for a phone: the title columns as its head, the status tags under it,
 * each field with its column's title as the label (empty ones left out), what the row expands to
 * behind 详情, and the actions at the foot. Nothing wider than the screen.
 */
export function RowCard<T extends object>(props: {
  row: T;
  index: number;
  columns: readonly ResponsiveColumn<T>[];
  /** What the table's row expands to, if it does. */
  expanded?: ReactNode;
  /** The row's own attributes in the table (`data-*` of onRow), kept on the card. */
  attributes?: HTMLAttributes<HTMLElement>;
  testId?: string;
}) {
  const { row, index, columns, expanded } = props;
  const { t } = useTranslation();
  const cells = (place: CardPlace) =>
    columnsAt(columns, place)
      .map((column, i) => ({ key: String(column.key ?? i), node: cellOf(column, row, index) }))
      .filter((cell) => shown(cell.node));
  const [title, status, actions] = [cells('title'), cells('status'), cells('actions')];
  const fields = columnsAt(columns, 'field')
    .map((column, i) => ({
      key: String(column.key ?? i),
      label: titleOf(column),
      children: cellOf(column, row, index),
    }))
    .filter((field) => shown(field.children));
  const list = (parts: { key: string; node: ReactNode }[]) =>
    parts.map((part) => <Fragment key={part.key}>{part.node}</Fragment>);
  return (
    <Card
      size="small"
      className="responsive-card"
      data-testid={props.testId}
      {...dataAttributes(props.attributes)}
      title={title.length > 0 ? <div className="responsive-card-title">{list(title)}</div> : null}
    >
      {status.length > 0 && (
        <Space wrap size={4} className="responsive-card-status" data-testid="card-status">
          {list(status)}
        </Space>
      )}
      {fields.length > 0 && <Descriptions size="small" column={1} items={fields} />}
      {expanded && (
        <Collapse
          ghost
          size="small"
          items={[{ key: 'details', label: t('common.details'), children: expanded }]}
        />
      )}
      {actions.length > 0 && (
        <div className="responsive-card-actions" data-testid="card-actions">
          {list(actions)}
        </div>
      )}
    </Card>
  );
}

/** The `data-*` attributes of a row's props (onRow), for the card it becomes. */
function dataAttributes(attributes?: HTMLAttributes<HTMLElement>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes ?? {}).filter(([name]) => name.startsWith('data-')),
  );
}
