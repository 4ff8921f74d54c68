import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateUserDto, UserView } from '../api/types';
import { useUpdateUser } from './queries';
import { SecondFactorResetModal } from './second-factor-reset-modal';
import { isLocked } from './user-status';

/**
 * Disable or enable a user (sessions end at once), clear a lock from failed logins, and reset a
 * lost second factor (issue #15).
 */
export function UserActions({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateUser();
  const [resetting, setResetting] = useState(false);
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
      <Button size="small" onClick={() => setResetting(true)}>
        {t('users.secondFactorReset.open')}
      </Button>
      {resetting && <SecondFactorResetModal user={user} onClose={() => setResetting(false)} />}
    </>
  );
}
