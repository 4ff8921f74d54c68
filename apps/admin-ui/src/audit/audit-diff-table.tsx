import { Col, Collapse, Empty, Row, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DiffRow, diffRows, visibleRows } from './audit-diff';
import type { AuditEntryView } from './audit-types';
import { AuditValue } from './audit-value';
import { localPagination } from '../common/local-paging';

/** An entry rarely has more fields than this: most show on one page, none is left out. */
const DIFF_PAGE_SIZE = 50;

/**
 * An entry's before and after side by side (R31): one row per field, a changed one highlighted
 * (added, removed or altered), optionally only those; below, both states as recorded (JSON).
 */
export function AuditDiffTable({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const all = diffRows(entry.before ?? null, entry.after ?? null);
  const { changed, rows } = visibleRows(all, onlyChanged);
  if (all.length === 0) return <Empty description={t('audit.diff.nothing')} />;
  return (
    <Space orientation="vertical" className="full-width" data-testid="audit-diff">
      <Space wrap>
        <Typography.Text data-testid="audit-diff-count">
          {t('audit.diff.changed', { count: changed, total: all.length })}
        </Typography.Text>
        <Switch
          size="small"
          checked={onlyChanged}
          onChange={setOnlyChanged}
          data-testid="audit-only-changed"
          aria-label={t('audit.diff.onlyChanged')}
        />
        <Typography.Text>{t('audit.diff.onlyChanged')}</Typography.Text>
      </Space>
      <Table<DiffRow>
        size="small"
        rowKey="path"
        pagination={localPagination(t, rows.length, DIFF_PAGE_SIZE)}
        tableLayout="fixed"
        className="audit-diff-table"
        dataSource={rows}
        rowClassName={(row) => (row.changed ? 'audit-diff-changed' : '')}
        onRow={(row) =>
          ({
            'data-testid': 'audit-diff-row',
            'data-path': row.path,
            'data-changed': String(row.changed),
          }) as object
        }
        columns={[
          {
            title: t('audit.diff.field'),
            dataIndex: 'path',
            width: '28%',
            render: (path: string) => <code className="audit-path">{path}</code>,
          },
          {
            title: t('audit.diff.before'),
            key: 'before',
            render: (_, row) => <AuditValue value={row.before} />,
          },
          {
            title: t('audit.diff.after'),
            key: 'after',
            render: (_, row) => <AuditValue value={row.after} />,
          },
        ]}
      />
      <Collapse
        size="small"
        items={[
          {
            key: 'json',
            label: t('audit.diff.json'),
            children: (
              <Row gutter={[16, 8]}>
                {(['before', 'after'] as const).map((side) => (
                  <Col xs={24} md={12} key={side}>
                    <Typography.Text strong>{t(`audit.diff.${side}`)}</Typography.Text>
                    <pre className="audit-json-block" data-testid={`audit-json-${side}`}>
                      {JSON.stringify(entry[side] ?? null, null, 2)}
                    </pre>
                  </Col>
                ))}
              </Row>
            ),
          },
        ]}
      />
    </Space>
  );
}
