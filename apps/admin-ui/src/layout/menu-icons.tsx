import {
  AccountBookOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  BankOutlined,
  ContainerOutlined,
  ControlOutlined,
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
import { AUDIT_MENU_ICONS } from '../audit/menu-icons';
import { DASHBOARD_MENU_ICONS } from '../dashboards/menu-icons';
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
  policies: <ControlOutlined />,
  users: <TeamOutlined />,
  ...VENTURE_MENU_ICONS,
  ...PROCUREMENT_MENU_ICONS,
  ...AUDIT_MENU_ICONS,
  ...DASHBOARD_MENU_ICONS,
};
