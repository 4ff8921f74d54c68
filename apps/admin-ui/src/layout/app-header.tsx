import {
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Grid, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrentUserView } from '../api/types';
import { useLogout } from '../auth/use-logout';
import { LanguageSwitch } from '../i18n/language-switch';
import { NotificationBell } from '../notifications/notification-bell';
import { UserMenu } from './user-menu';

/**
 * The user's name and role(s), the language switch and logout. Below `lg`, the button that opens
 * the side menu and the app's name come first; below `md` (a phone) the rest folds into the
 * user's initial, which opens a panel with the name in full, the roles, the language and logout.
 * The notifications bell (issue #18) stays in sight at every size, before them.
 */
export function AppHeader(props: {
  user: CurrentUserView;
  /** The side menu, when it is a drawer (below `lg`): whether it is open, and its button. */
  menu?: { open: boolean; toggle: () => void };
}) {
  const { user, menu } = props;
  const { t } = useTranslation();
  const logout = useLogout();
  const compact = !Grid.useBreakpoint().md;
  const roles = user.roles.map((role) => t(`enums.role.${role}`)).join(t('common.listSeparator'));
  return (
    <Layout.Header className={compact ? 'app-header app-header-compact' : 'app-header'}>
      {menu && (
        <Button
          type="text"
          className="app-menu-button"
          icon={menu.open ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />}
          aria-label={t('header.menu')}
          aria-expanded={menu.open}
          data-testid="menu-toggle"
          onClick={menu.toggle}
        />
      )}
      {menu && (
        <Typography.Text strong className="app-header-title">
          {t('app.shortTitle')}
        </Typography.Text>
      )}
      <div className="app-header-end">
        <NotificationBell />
        {compact ? (
          <UserMenu user={user} roles={roles} onLogout={() => void logout()} />
        ) : (
          <Space size="middle">
            <Space size="small" data-testid="current-user">
              <UserOutlined />
              <Typography.Text strong className="nowrap">
                {user.displayName}
              </Typography.Text>
              <Typography.Text type="secondary" className="app-header-roles">
                {roles}
              </Typography.Text>
            </Space>
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              {t('header.logout')}
            </Button>
          </Space>
        )}
      </div>
    </Layout.Header>
  );
}
