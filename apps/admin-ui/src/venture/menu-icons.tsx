import {
  AuditOutlined,
  HeartOutlined,
  ProjectOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuKey } from '../layout/menu';

type VentureKey = Extract<MenuKey, `venture${string}`>;

/** The venture philanthropy entries' icons (see layout/menu-icons). */
export const VENTURE_MENU_ICONS: Record<VentureKey, ReactNode> = {
  ventureApply: <HeartOutlined />,
  ventureMine: <ProjectOutlined />,
  ventureCalls: <TrophyOutlined />,
  ventureReviewers: <UsergroupAddOutlined />,
  ventureReviews: <AuditOutlined />,
};
