import { Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-current-user';
import { AppHeader } from './app-header';
import { menuFor, selectedKey } from './menu';
import { MENU_ICONS } from './menu-icons';

/** Side menu by permission, header with the user and language, the page in the middle. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = menuFor(user);
  const selected = selectedKey(entries, pathname);

  return (
    <Layout className="app-layout">
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={208} theme="dark">
        <Typography.Title level={5} className="app-brand">
          {t('app.shortTitle')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          data-testid="side-menu"
          selectedKeys={selected ? [selected] : []}
          onClick={({ key }) => navigate(entries.find((e) => e.key === key)?.path ?? '/')}
          items={entries.map((e) => ({ key: e.key, icon: MENU_ICONS[e.key], label: t(e.label) }))}
        />
      </Layout.Sider>
      <Layout>
        <AppHeader user={user} />
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
