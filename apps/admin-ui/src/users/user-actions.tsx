import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UpdateUserDto, UserView } from '../api/types';
import { useUpdateUser } from './queries';
import { isLocked } from './user-status';

/** Disable or enable a user (sessions end at once), and clear a lock from failed logins. */
export function UserActions({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateUser();
  const change = (changes: UpdateUserDto) =>
    update.mutate(
      { id: user.id, changes },
      {
        onSuccess: () => void message.success(t('users.saved')),
        onError: (error) => void message.error(error.message),
      },
    );
  return (
    <>
      <Popconfirm
        title={t(user.disabled ? 'users.confirmEnable' : 'users.confirmDisable')}
        onConfirm={() => change({ disabled: !user.disabled })}
      >
        <Button size="small" danger={!user.disabled} loading={update.isPending}>
          {t(user.disabled ? 'users.enable' : 'users.disable')}
        </Button>
      </Popconfirm>
      {isLocked(user) && (
        <Button size="small" onClick={() => change({ unlock: true })}>
          {t('users.unlock')}
        </Button>
      )}
    </>
  );
}
