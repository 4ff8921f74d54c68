import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorResult } from '../common/error-result';
import { OrganizationFilterBar } from './organization-filters';
import { useOrganizationColumns } from './organization-columns';
import { useOrganizations } from './queries';
import { useListFilters } from './use-list-filters';

/** The registry: filters, a server-paginated table; a row opens the organization. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters, update } = useListFilters();
  const list = useOrganizations(filters);
  const columns = useOrganizationColumns();
  if (list.isError) return <ErrorResult error={list.error} />;

  return (
    <Card title={<Typography.Title level={4}>{t('organizations.list.title')}</Typography.Title>}>
      <OrganizationFilterBar filters={filters} onChange={update} />
      <Table
        rowKey="id"
        data-testid="organizations-table"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items}
        onRow={(organization) => ({
          onClick: () => navigate(`/organizations/${organization.id}`),
          className: 'clickable-row',
        })}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => update({ page, pageSize }),
        }}
      />
    </Card>
  );
}
