import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../api/types';
import { ErrorResult } from '../common/error-result';
import { useRoleOptions } from './role-options';
import { type UserFilters, useUsers } from './queries';
import { UserFormModal } from './user-form-modal';
import { useUserColumns } from './user-columns';
import { ExportButton } from '../common/export-button';
import { QueueDashboardButton } from './queue-dashboard-button';

/** Users and their roles (administrators): create, change roles and bindings, disable, unlock. */
export function UsersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<UserFilters>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<UserView | 'new' | null>(null);
  const users = useUsers(filters);
  const columns = useUserColumns((user) => setEditing(user));
  const roleOptions = useRoleOptions();
  const update = (patch: Partial<UserFilters>) => setFilters({ ...filters, page: 1, ...patch });
  if (users.isError) return <ErrorResult error={users.error} />;

  return (
    <Card
      title={t('users.title')}
      extra={
        <Space wrap>
          <QueueDashboardButton />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('users.create')}
          </Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Select
          allowClear
          className="filter-select"
          placeholder={t('users.fields.roles')}
          aria-label={t('users.fields.roles')}
          options={roleOptions}
          onChange={(role) => update({ role })}
        />
        <Input.Search
          allowClear
          placeholder={t('users.search')}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
        <ExportButton path="/api/v1/users/export.xlsx" filters={filters} />
      </Space>
      <Table<UserView>
        rowKey="id"
        data-testid="users-table"
        loading={users.isFetching}
        columns={columns}
        dataSource={users.data?.items}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: users.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
        }}
      />
      {editing && (
        <UserFormModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
