import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../api/types';

/** Whether a user is locked out after failed logins (until when). */
export const isLocked = (user: UserView) =>
  !!user.lockedUntil && dayjs(user.lockedUntil).isAfter(dayjs());

/** Active, disabled, or locked until a time. */
export function UserStatus({ user }: { user: UserView }) {
  const { t } = useTranslation();
  if (user.disabled) return <Tag color="default">{t('users.status.disabled')}</Tag>;
  if (isLocked(user)) {
    return (
      <Tag color="red">
        {t('users.status.locked', { time: dayjs(user.lockedUntil).format('YYYY-MM-DD HH:mm') })}
      </Tag>
    );
  }
  return <Tag color="green">{t('users.status.active')}</Tag>;
}
