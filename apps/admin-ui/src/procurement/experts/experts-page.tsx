import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { ExpertiseTags } from '../../venture/reviewers/expertise';
import { RelationsList } from '../../venture/reviewers/relations-list';
import type { ReviewerView } from '../../venture/types';
import { AddExpertModal } from './add-expert-modal';
import { useExperts } from './expert-queries';
import { ExportButton } from '../../common/export-button';

/**
 * The expert pool government purchase panels are drawn from (评审专家库, R18): each expert with
 * their fields and the ties they declared, a page at a time; the draw steps an expert aside for a
 * bidder a tie falls under 财库〔2016〕198号 art. 16 for, and logs it. Officers add experts here.
 */
export function ExpertsPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const experts = useExperts(paging.query);
  const [adding, setAdding] = useState(false);
  const columns: TableColumnsType<ReviewerView> = [
    {
      title: t('venture.reviewers.name'),
      dataIndex: 'name',
      className: 'nowrap',
      render: (name: string) => <span data-testid="expert-name">{name}</span>,
    },
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
      title: t('procurement.experts.status'),
      dataIndex: 'active',
      className: 'nowrap',
      render: (active: boolean) => (
        <Tag color={active ? 'success' : 'default'}>
          {t(active ? 'venture.reviewers.active' : 'venture.reviewers.inactive')}
        </Tag>
      ),
    },
  ];
  if (experts.isError) return <ErrorResult error={experts.error} />;
  return (
    <Card
      title={t('procurement.experts.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="add-expert"
          onClick={() => setAdding(true)}
        >
          {t('procurement.experts.add')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">{t('procurement.experts.intro')}</Typography.Text>
        <ExportButton path="/api/v1/procurement/experts/export.xlsx" />
        <Table<ReviewerView>
          rowKey="id"
          data-testid="experts-table"
          loading={experts.isPending}
          dataSource={experts.data?.items}
          columns={columns}
          pagination={paging.pagination(experts.data)}
          scroll={{ x: 'max-content' }}
        />
      </Space>
      {adding && <AddExpertModal onClose={() => setAdding(false)} />}
    </Card>
  );
}
