import type { TableColumnsType } from 'antd';
import { Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../api/types';
import { Bindings } from './bindings';
import { UserActions } from './user-actions';
import { UserStatus } from './user-status';

export function useUserColumns(onEdit: (user: UserView) => void): TableColumnsType<UserView> {
  const { t } = useTranslation();
  return [
    { title: t('users.fields.username'), dataIndex: 'username' },
    { title: t('users.fields.displayName'), dataIndex: 'displayName' },
    {
      title: t('users.fields.roles'),
      dataIndex: 'roles',
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          {user.roles.map((role) => (
            <Tag key={role}>{t(`enums.role.${role}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.fields.bindings'),
      key: 'bindings',
      render: (_, user) => <Bindings user={user} compact />,
    },
    {
      title: t('users.fields.status'),
      key: 'status',
      render: (_, user) => <UserStatus user={user} />,
    },
    {
      title: t('users.fields.actions'),
      key: 'actions',
      render: (_, user) => (
        <Space>
          <Button size="small" onClick={() => onEdit(user)}>
            {t('users.edit')}
          </Button>
          <UserActions user={user} />
        </Space>
      ),
    },
  ];
}
