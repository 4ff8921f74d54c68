import {
  AccountBookOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  BankOutlined,
  ContainerOutlined,
  ExclamationCircleOutlined,
  RollbackOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FormOutlined,
  GiftOutlined,
  FundOutlined,
  HomeOutlined,
  NotificationOutlined,
  ProfileOutlined,
  RocketOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { PROCUREMENT_MENU_ICONS } from '../procurement/menu-icons';
import { VENTURE_MENU_ICONS } from '../venture/menu-icons';
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
  incubationApply: <RocketOutlined />,
  incubationMine: <SolutionOutlined />,
  incubationCohorts: <AppstoreOutlined />,
  incubationBases: <BankOutlined />,
  funds: <FundOutlined />,
  payments: <AccountBookOutlined />,
  failedPayments: <ExclamationCircleOutlined />,
  batches: <ContainerOutlined />,
  clawbacks: <RollbackOutlined />,
  users: <TeamOutlined />,
  ...VENTURE_MENU_ICONS,
  ...PROCUREMENT_MENU_ICONS,
};
