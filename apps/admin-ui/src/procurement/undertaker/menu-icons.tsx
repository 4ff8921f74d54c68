import {
  AuditOutlined,
  FileProtectOutlined,
  IdcardOutlined,
  SoundOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuKey } from '../../layout/menu';

type UndertakerKey = Extract<
  MenuKey,
  'procurementListing' | 'procurementAnnouncements' | 'procurementMyBids' | 'procurementMyContracts'
>;

/** An undertaker's entries' icons (see layout/menu-icons). */
export const UNDERTAKER_MENU_ICONS: Record<UndertakerKey, ReactNode> = {
  procurementListing: <IdcardOutlined />,
  procurementAnnouncements: <SoundOutlined />,
  procurementMyBids: <AuditOutlined />,
  procurementMyContracts: <FileProtectOutlined />,
};
