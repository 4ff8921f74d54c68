import { NotificationSettingsPage } from './notification-settings-page';
import { NotificationsPage } from './notifications-page';

/** The user's own notifications and settings (issue #18): every signed-in user has them. */
export const NOTIFICATION_ROUTES = [
  { path: 'notifications', element: <NotificationsPage /> },
  { path: 'me/settings', element: <NotificationSettingsPage /> },
];
