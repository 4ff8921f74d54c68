import { FileExcelOutlined } from '@ant-design/icons';
import { Permission } from '@civic/domain/access';
import { Button, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCan } from '../auth/use-can';
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
  const can = useCan();
  if (list.isError) return <ErrorResult error={list.error} />;

  return (
    <Card
      title={<Typography.Title level={4}>{t('organizations.list.title')}</Typography.Title>}
      extra={
        // issue #18: whoever may register may import existing organizations from Excel
        can(Permission.ORGANIZATION_REGISTER) && (
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => navigate('/organizations/import')}
            data-testid="import-organizations"
          >
            {t('organizations.import.open')}
          </Button>
        )
      }
    >
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
