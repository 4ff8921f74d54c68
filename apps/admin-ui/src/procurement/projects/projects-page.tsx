import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { useLinkedStatus } from '../../home/linked-status';
import { useYuan } from '../../common/use-yuan';
import { dateTime } from '../../venture/calls/call-columns';
import { useOfficerRegions } from '../use-region-options';
import { CreateProjectDrawer } from './create-project-drawer';
import { ProjectFilters } from './project-filters';
import { useProjects } from './project-queries';
import { ProjectStatusTag } from './project-tags';
import { PROJECT_STATUSES, type ProjectFilter, type PurchaseProjectView } from './project-types';
import { ExportButton } from '../../common/export-button';

/**
 * Government purchase projects (政府购买服务项目, R25) as officers run them: every project, drafts
 * included, by fiscal year, status and region, a page at a time from the API; each opens on its
 * own page, from the announcement to the award. Officers draft new ones here.
 */
export function ProjectsPage() {
  const { t } = useTranslation();
  // A work link (issue #18) names a status (`?status=AWARDED`): the projects at it, every year.
  const linked = useLinkedStatus(PROJECT_STATUSES);
  const [filter, setFilter] = useState<ProjectFilter>(
    linked ? { status: linked } : { fiscalYear: dayjs().year() },
  );
  const [creating, setCreating] = useState(false);
  const paging = usePaging({ scope: filter });
  const projects = useProjects(filter, paging.query);
  const regions = useOfficerRegions();
  const columns = useProjectColumns(regions.nameOf);
  if (projects.isError) return <ErrorResult error={projects.error} />;
  return (
    <Card
      title={t('procurement.projects.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="project-create"
          onClick={() => setCreating(true)}
        >
          {t('procurement.projects.create')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">{t('procurement.projects.intro')}</Typography.Text>
        <ProjectFilters filter={filter} onChange={setFilter} regions={regions.options} />
        <ExportButton path="/api/v1/procurement/projects/export.xlsx" filters={filter} />
        <Table<PurchaseProjectView>
          rowKey="id"
          data-testid="projects-table"
          loading={projects.isPending}
          dataSource={projects.data?.items}
          columns={columns}
          pagination={paging.pagination(projects.data)}
          scroll={{ x: 'max-content' }}
        />
      </Space>
      {creating && (
        <CreateProjectDrawer
          fiscalYear={filter.fiscalYear ?? dayjs().year()}
          onClose={() => setCreating(false)}
        />
      )}
    </Card>
  );
}

function useProjectColumns(
  regionName: (code: string) => string,
): TableColumnsType<PurchaseProjectView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  return [
    {
      title: t('procurement.projects.projectTitle'),
      dataIndex: 'title',
      render: (title: string, p) => (
        <>
          <Link to={`/procurement/projects/${p.id}`} data-testid="project-link">
            {title}
          </Link>
          <div className="secondary-text">{p.catalogueItemName}</div>
        </>
      ),
    },
    {
      title: t('procurement.projects.region'),
      dataIndex: 'regionCode',
      className: 'nowrap',
      render: (code: string) => regionName(code),
    },
    { title: t('finance.funds.fiscalYear'), dataIndex: 'fiscalYear', className: 'nowrap' },
    {
      title: t('procurement.projects.budget'),
      dataIndex: 'budgetFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('procurement.projects.method'),
      dataIndex: 'method',
      className: 'nowrap',
      render: (method: PurchaseProjectView['method']) =>
        t(`procurement.projects.methods.${method}`),
    },
    {
      title: t('procurement.projects.bidDeadline'),
      dataIndex: 'bidDeadline',
      className: 'nowrap',
      render: (at: string | null) => dateTime(at ?? undefined),
    },
    {
      title: t('procurement.projects.bidCount'),
      dataIndex: 'bidCount',
      align: 'right',
      className: 'nowrap',
    },
    {
      title: t('procurement.projects.status'),
      dataIndex: 'status',
      className: 'nowrap',
      render: (_, p) => <ProjectStatusTag status={p.status} />,
    },
  ];
}
