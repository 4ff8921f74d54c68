import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortView } from '../../api/types';
import { RefusalAlert } from '../../common/refusal-alert';
import { useCloseCohort, useDecideCohort } from '../queries';

/**
 * What staff do with a cohort's applications (R16): while the window is open, enter a founding
 * group's paper application or close the window early; once closed, answer everyone in ranked
 * order. A refusal (window still open, applicants not scored, decided already) shows in the UI
 * language with what the API said, until the ranking shown (`shown`) changes.
 */
export function CohortActions(props: {
  cohort: CohortView;
  shown: unknown;
  onEnter: () => void;
  /** Eligible applicants not scored yet (the ranking's count): deciding is refused until none. */
  unassessed?: number;
}) {
  const { cohort, shown, onEnter, unassessed = 0 } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useCloseCohort(cohort.id);
  const decide = useDecideCohort(cohort.id);
  const [refusal, setRefusal] = useState<{ error: Error; shown: unknown }>();
  const refused = refusal && refusal.shown === shown ? refusal.error : undefined;
  const callbacks = (done: string) => ({
    onSuccess: () => void message.success(t(done)),
    onError: (error: Error) => setRefusal({ error, shown }),
  });
  const open = cohort.phase === 'OPEN';
  const confirm = (key: string, onConfirm: () => void, button: ReactNode) => (
    <Popconfirm
      title={t(`incubation.cohort.${key}Confirm`)}
      okText={t(`incubation.cohort.${key}`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': `${key}-ok` }}
      onConfirm={onConfirm}
    >
      {button}
    </Popconfirm>
  );
  return (
    <>
      <Space wrap className="filter-bar">
        {open && (
          <Button icon={<PlusOutlined />} data-testid="enter-founding-group" onClick={onEnter}>
            {t('incubation.foundingGroup.enter')}
          </Button>
        )}
        {open &&
          confirm(
            'close',
            () => close.mutate(undefined, callbacks('incubation.cohort.closed')),
            <Button data-testid="close" loading={close.isPending}>
              {t('incubation.cohort.close')}
            </Button>,
          )}
        {cohort.phase === 'CLOSED' &&
          (unassessed > 0 ? (
            // issue #18: not offered while the server would refuse it (RULE_R16_UNASSESSED).
            <Tooltip title={t('incubation.errors.RULE_R16_UNASSESSED')}>
              <Button type="primary" data-testid="decide" disabled>
                {t('incubation.cohort.decide')}
              </Button>
            </Tooltip>
          ) : (
            confirm(
              'decide',
              () => decide.mutate(undefined, callbacks('incubation.cohort.decided')),
              <Button type="primary" data-testid="decide" loading={decide.isPending}>
                {t('incubation.cohort.decide')}
              </Button>,
            )
          ))}
      </Space>
      {refused && (
        <RefusalAlert
          error={refused}
          title={t('incubation.cohort.refused')}
          errorsKey="incubation.errors"
        />
      )}
    </>
  );
}
