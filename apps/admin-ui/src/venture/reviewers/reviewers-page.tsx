import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { useReviewers } from '../review-queries';
import type { ReviewerView } from '../types';
import { AddReviewerModal } from './add-reviewer-modal';
import { EditReviewerModal } from './edit-reviewer-modal';
import { ExpertiseTags } from './expertise';
import { RelationsList } from './relations-list';
import { ExportButton } from '../../common/export-button';

/**
 * The expert pool reviewers are drawn from (R18), each with their fields and the ties they
 * declared; the draw steps a reviewer aside where a tie falls under 财库〔2016〕198号 art. 16.
 * Officers keep each entry current, or stop drawing an expert. By name, a page at a time.
 */
export function ReviewersPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const reviewers = useReviewers(paging.query);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ReviewerView>();
  const columns: TableColumnsType<ReviewerView> = [
    { title: t('venture.reviewers.name'), dataIndex: 'name', className: 'nowrap' },
    {
      title: t('venture.reviewers.fields'),
      dataIndex: 'fields',
      render: (fields: string[]) => <ExpertiseTags fields={fields} />,
    },
    {
      title: t('venture.reviewers.relations'),
      key: 'relations',
      render: (_, r) => <RelationsList relations={r.relations} />,
    },
    {
      title: t('venture.fields.status'),
      dataIndex: 'active',
      className: 'nowrap',
      render: (active: boolean) => (
        <Tag color={active ? 'success' : 'default'}>
          {t(active ? 'venture.reviewers.active' : 'venture.reviewers.inactive')}
        </Tag>
      ),
    },
    {
      title: '',
      key: 'action',
      className: 'nowrap',
      render: (_, r) => (
        <Button type="link" size="small" data-testid="edit-reviewer" onClick={() => setEditing(r)}>
          {t('venture.reviewers.editButton')}
        </Button>
      ),
    },
  ];
  if (reviewers.isError) return <ErrorResult error={reviewers.error} />;
  return (
    <Card
      title={t('venture.reviewers.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="add-reviewer"
          onClick={() => setAdding(true)}
        >
          {t('venture.reviewers.add')}
        </Button>
      }
    >
      <div className="filter-bar">
        <ExportButton path="/api/v1/venture/reviewers/export.xlsx" />
      </div>
      <Table<ReviewerView>
        rowKey="id"
        data-testid="reviewers-table"
        loading={reviewers.isPending}
        dataSource={reviewers.data?.items}
        columns={columns}
        pagination={paging.pagination(reviewers.data)}
      />
      {adding && <AddReviewerModal onClose={() => setAdding(false)} />}
      {editing && <EditReviewerModal reviewer={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
