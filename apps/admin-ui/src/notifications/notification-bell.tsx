import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useUnreadCount } from './notification-queries';
import './notifications.css';

/**
 * The header's bell (issue #18): the count of unread notifications, opening the notifications
 * page. Icon-sized, so it fits beside the user's initial on a 390 px phone.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const unread = useUnreadCount().data ?? 0;
  return (
    <Button
      type="text"
      className="notification-bell"
      data-testid="notification-bell"
      data-unread={unread}
      aria-label={t('notifications.bell', { count: unread })}
      onClick={() => navigate('/notifications')}
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined className="notification-bell-icon" />
        </Badge>
      }
    />
  );
}
