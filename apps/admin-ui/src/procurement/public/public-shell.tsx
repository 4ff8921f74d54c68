import { Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { LanguageSwitch } from '../../i18n/language-switch';
import './public.css';

/** The published pages of government purchase, for anyone without logging in (R24, R25). */
export const PUBLIC_PROCUREMENT_PAGES = [
  { path: '/public/procurement/catalogue', label: 'procurement.public.nav.catalogue' },
  { path: '/public/procurement/directory', label: 'procurement.public.nav.directory' },
  { path: '/public/procurement/announcements', label: 'procurement.public.nav.announcements' },
  { path: '/public/procurement/results', label: 'procurement.public.nav.results' },
  { path: '/public/procurement/contracts', label: 'procurement.public.nav.contracts' },
] as const;

/**
 * The frame of a public page: its title, the language switch and the staff sign-in, links to the
 * other published pages, then the page in a card. Wraps on a phone; nothing wider than it.
 */
export function PublicShell(props: { title: string; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public-page procurement-public">
      <div className="public-header">
        <Typography.Title level={3} className="page-title">
          {props.title}
        </Typography.Title>
        <Space wrap>
          <LanguageSwitch />
          <Link to="/public/policies" data-testid="public-policies-link">
            {t('policies.public.title')}
          </Link>
          <Link to="/login">{t('procurement.public.login')}</Link>
        </Space>
      </div>
      <nav className="procurement-public-nav" data-testid="procurement-public-nav">
        {PUBLIC_PROCUREMENT_PAGES.map((page) => (
          <NavLink key={page.path} to={page.path} end>
            {t(page.label)}
          </NavLink>
        ))}
      </nav>
      <Card>
        <Space orientation="vertical" size="middle" className="full-width">
          <Typography.Text type="secondary">{props.intro}</Typography.Text>
          {props.children}
        </Space>
      </Card>
    </div>
  );
}
