import { FileProtectOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuKey } from '../layout/menu';

/** The audit log's entry icon (see layout/menu-icons). */
export const AUDIT_MENU_ICONS: Record<Extract<MenuKey, 'audit'>, ReactNode> = {
  audit: <FileProtectOutlined />,
};
