import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchView } from '../../api/types';
import { useCurrentUser } from '../../auth/use-current-user';
import { decisionState } from '../batch-state';
import { type Decision, DecisionModal } from './decision-modal';

/**
 * While a batch awaits its check (R28): approve and reject for a checker who did not make it;
 * its maker is told they cannot check it; others that it awaits a checker.
 */
export function BatchDecision({ batch }: { batch: BatchView }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const state = decisionState(batch, user);
  const panel = {
    none: null,
    own: <Alert type="warning" showIcon data-testid="own-batch" title={t('finance.batch.own')} />,
    wait: (
      <Alert type="info" showIcon data-testid="awaiting-check" title={t('finance.batch.wait')} />
    ),
    check: (
      <Space>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          data-testid="approve"
          onClick={() => setDeciding('approve')}
        >
          {t('finance.batch.approve')}
        </Button>
        <Button
          danger
          icon={<CloseOutlined />}
          data-testid="reject"
          onClick={() => setDeciding('reject')}
        >
          {t('finance.batch.reject')}
        </Button>
      </Space>
    ),
  }[state];
  // The modal stays when the batch changes under it (another checker was quicker: 409), so the
  // refusal can be read.
  return (
    <>
      {panel}
      {deciding && (
        <DecisionModal batch={batch} decision={deciding} onClose={() => setDeciding(null)} />
      )}
    </>
  );
}
