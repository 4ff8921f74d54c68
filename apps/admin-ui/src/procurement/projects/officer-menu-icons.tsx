import {
  ContactsOutlined,
  FileProtectOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShoppingCartOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuKey } from '../../layout/menu';

type OfficerKey = Extract<
  MenuKey,
  | 'procurementDirectory'
  | 'procurementProjects'
  | 'procurementContracts'
  | 'procurementExperts'
  | 'procurementPanel'
>;

/** Officers' and panel members' government purchase entries' icons (see layout/menu-icons). */
export const OFFICER_MENU_ICONS: Record<OfficerKey, ReactNode> = {
  procurementDirectory: <ContactsOutlined />,
  procurementProjects: <ShoppingCartOutlined />,
  procurementContracts: <FileProtectOutlined />,
  procurementExperts: <SafetyCertificateOutlined />,
  procurementPanel: <ScheduleOutlined />,
};
