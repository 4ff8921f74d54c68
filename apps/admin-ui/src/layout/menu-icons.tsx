import {
  AccountBookOutlined,
  ApartmentOutlined,
  ContainerOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FormOutlined,
  GiftOutlined,
  FundOutlined,
  HomeOutlined,
  NotificationOutlined,
  ProfileOutlined,
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
  lotteryApply: <FileAddOutlined />,
  lotteryMine: <ProfileOutlined />,
  lotteryProgrammes: <GiftOutlined />,
  lotteryReview: <FileSearchOutlined />,
  lotteryNotices: <NotificationOutlined />,
  funds: <FundOutlined />,
  payments: <AccountBookOutlined />,
  batches: <ContainerOutlined />,
  users: <TeamOutlined />,
};
