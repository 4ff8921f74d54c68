import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  render: (item: T) => ReactNode;
  header?: ReactNode;
  empty?: ReactNode;
  testId?: string;
}

/** A headed list of lines (antd 6.6 deprecates List). */
export function PlainList<T>({ items, render, header, empty, testId }: Props<T>) {
  return (
    <div className="plain-list" data-testid={testId}>
      {header && <Typography.Text strong>{header}</Typography.Text>}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={index}>{render(item)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
