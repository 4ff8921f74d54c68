import {
  AccountBookOutlined,
  ApartmentOutlined,
  ContainerOutlined,
  FormOutlined,
  FundOutlined,
  HomeOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuKey } from './menu';

export const MENU_ICONS: Record<MenuKey, ReactNode> = {
  home: <HomeOutlined />,
  myOrganization: <ShopOutlined />,
  organizations: <ApartmentOutlined />,
  register: <FormOutlined />,
  funds: <FundOutlined />,
  payments: <AccountBookOutlined />,
  batches: <ContainerOutlined />,
  users: <TeamOutlined />,
};
