import { Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-current-user';
import { AppHeader } from './app-header';
import { menuFor, selectedKey } from './menu';
import { MENU_ICONS } from './menu-icons';
import { NARROW_QUERY } from './narrow';
import './layout.css';

/**
 * Side menu by permission, header with the user and language, the page in the middle. Below `lg`
 * the menu is a drawer over the page: closed at first, opened by the header's menu button, and
 * closed again by a choice or a tap beside it, so that the page is never left covered.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = menuFor(user);
  const selected = selectedKey(entries, pathname);
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  const [collapsed, setCollapsed] = useState(narrow);
  const close = () => setCollapsed(true);

  return (
    <Layout className="app-layout">
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        width={208}
        theme="dark"
        trigger={null}
        collapsed={collapsed}
        onBreakpoint={(broken) => {
          setNarrow(broken);
          setCollapsed(broken);
        }}
        className={narrow ? 'app-sider app-sider-over' : 'app-sider'}
        data-testid="side-panel"
        data-open={String(!collapsed)}
      >
        <Typography.Title level={5} className="app-brand">
          {t('app.shortTitle')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          data-testid="side-menu"
          selectedKeys={selected ? [selected] : []}
          onClick={({ key }) => {
            navigate(entries.find((e) => e.key === key)?.path ?? '/');
            if (narrow) close();
          }}
          items={entries.map((e) => ({ key: e.key, icon: MENU_ICONS[e.key], label: t(e.label) }))}
        />
      </Layout.Sider>
      {narrow && !collapsed && (
        <div className="app-sider-mask" data-testid="menu-mask" aria-hidden onClick={close} />
      )}
      <Layout className="app-main">
        <AppHeader
          user={user}
          menu={narrow ? { open: !collapsed, toggle: () => setCollapsed(!collapsed) } : undefined}
        />
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
