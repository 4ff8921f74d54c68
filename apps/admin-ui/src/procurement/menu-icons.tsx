import { OrderedListOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuKey } from '../layout/menu';
import { OFFICER_MENU_ICONS } from './projects/officer-menu-icons';
import { UNDERTAKER_MENU_ICONS } from './undertaker/menu-icons';

type ProcurementKey = Extract<MenuKey, `procurement${string}`>;

/** The government purchase of services entries' icons (see layout/menu-icons). */
export const PROCUREMENT_MENU_ICONS: Record<ProcurementKey, ReactNode> = {
  procurementCatalogue: <OrderedListOutlined />,
  ...UNDERTAKER_MENU_ICONS,
  ...OFFICER_MENU_ICONS,
};
