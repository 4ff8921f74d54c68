import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrentUserView } from '../api/types';
import { useLogout } from '../auth/use-logout';
import { LanguageSwitch } from '../i18n/language-switch';

/** The user's name and role(s), the language switch and logout. */
export function AppHeader({ user }: { user: CurrentUserView }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const roles = user.roles.map((role) => t(`enums.role.${role}`)).join(t('common.listSeparator'));
  return (
    <Layout.Header className="app-header">
      <Space size="middle">
        <Space size="small" data-testid="current-user">
          <UserOutlined />
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <Typography.Text type="secondary">{roles}</Typography.Text>
        </Space>
        <LanguageSwitch />
        <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
          {t('header.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
