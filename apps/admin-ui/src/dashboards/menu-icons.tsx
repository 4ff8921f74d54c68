import { BarChartOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuKey } from '../layout/menu';

/** The dashboards' entry icon (see layout/menu-icons). */
export const DASHBOARD_MENU_ICONS: Record<Extract<MenuKey, 'dashboards'>, ReactNode> = {
  dashboards: <BarChartOutlined />,
};
