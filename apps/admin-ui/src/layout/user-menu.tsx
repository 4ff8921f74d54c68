import { DownOutlined, LogoutOutlined } from '@ant-design/icons';
import { Avatar, Button, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserView } from '../api/types';
import { LanguageSwitch } from '../i18n/language-switch';
import { initialOf } from './user-initial';

/**
 * The phone's header: the user's initial, opening a panel with the name in full and the roles
 * (never squeezed), the language switch and logout.
 */
export function UserMenu(props: { user: CurrentUserView; roles: string; onLogout: () => void }) {
  const { user, roles } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panel = (
    <div className="user-menu-panel" data-testid="user-menu-panel">
      <div data-testid="current-user">
        <Typography.Text strong>{user.displayName}</Typography.Text>
        <div className="secondary-text">{roles}</div>
      </div>
      <LanguageSwitch />
      <Button block icon={<LogoutOutlined />} onClick={props.onLogout} data-testid="logout">
        {t('header.logout')}
      </Button>
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={panel}
    >
      <Button
        type="text"
        className="user-menu-button"
        data-testid="user-menu"
        aria-label={t('header.account', { name: user.displayName })}
        aria-expanded={open}
      >
        <Avatar size="small" className="user-avatar">
          {initialOf(user.displayName)}
        </Avatar>
        <DownOutlined />
      </Button>
    </Popover>
  );
}
